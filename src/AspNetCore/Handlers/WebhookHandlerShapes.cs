using System;
using System.ComponentModel;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationHooks.AspNetCore
{
    /// <summary>
    /// Turns a handler of the shapes users write (the event; the event and a <see cref="CancellationToken"/>;
    /// the event and the <see cref="WebhookDelivery"/>; the event, one to three services and optionally the
    /// token) into the one shape the endpoint calls, with the services' types, which the endpoint checks
    /// against the app's services when it is mapped. Services come from the handler's own scope with
    /// <c>GetRequiredService</c> (a <see cref="WebhookDelivery"/> parameter gets the delivery): generic code, no
    /// reflection, so trimming and native AOT keep working. Plumbing the generated <c>OnXxx</c> methods call.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class WebhookHandlerShapes
    {
        /// <summary>A handler of the event.</summary>
        public static WebhookHandlerShape<Func<TEvent, WebhookDelivery, CancellationToken, TResult>> Of<TEvent, TResult>(Func<TEvent, TResult> handler)
        {
            Require(handler);
            return Returning<TEvent, TResult>((e, delivery, cancellationToken) => handler(e));
        }

        /// <summary>A handler of the event and the request's cancellation.</summary>
        public static WebhookHandlerShape<Func<TEvent, WebhookDelivery, CancellationToken, TResult>> Of<TEvent, TResult>(Func<TEvent, CancellationToken, TResult> handler)
        {
            Require(handler);
            return Returning<TEvent, TResult>((e, delivery, cancellationToken) => handler(e, cancellationToken));
        }

        /// <summary>A handler of the event and a service.</summary>
        public static WebhookHandlerShape<Func<TEvent, WebhookDelivery, CancellationToken, TResult>> Of<TEvent, T1, TResult>(Func<TEvent, T1, TResult> handler)
            where T1 : notnull
        {
            Require(handler);
            return Returning<TEvent, TResult>((e, delivery, cancellationToken) => handler(e, Argument<T1>(delivery)), typeof(T1));
        }

        /// <summary>A handler of the event, a service and the request's cancellation.</summary>
        public static WebhookHandlerShape<Func<TEvent, WebhookDelivery, CancellationToken, TResult>> Of<TEvent, T1, TResult>(Func<TEvent, T1, CancellationToken, TResult> handler)
            where T1 : notnull
        {
            Require(handler);
            return Returning<TEvent, TResult>((e, delivery, cancellationToken) => handler(e, Argument<T1>(delivery), cancellationToken), typeof(T1));
        }

        /// <summary>A handler of the event and two services.</summary>
        public static WebhookHandlerShape<Func<TEvent, WebhookDelivery, CancellationToken, TResult>> Of<TEvent, T1, T2, TResult>(Func<TEvent, T1, T2, TResult> handler)
            where T1 : notnull
            where T2 : notnull
        {
            Require(handler);
            return Returning<TEvent, TResult>((e, delivery, cancellationToken) => handler(e, Argument<T1>(delivery), Argument<T2>(delivery)), typeof(T1), typeof(T2));
        }

        /// <summary>A handler of the event, two services and the request's cancellation.</summary>
        public static WebhookHandlerShape<Func<TEvent, WebhookDelivery, CancellationToken, TResult>> Of<TEvent, T1, T2, TResult>(Func<TEvent, T1, T2, CancellationToken, TResult> handler)
            where T1 : notnull
            where T2 : notnull
        {
            Require(handler);
            return Returning<TEvent, TResult>((e, delivery, cancellationToken) => handler(e, Argument<T1>(delivery), Argument<T2>(delivery), cancellationToken), typeof(T1), typeof(T2));
        }

        /// <summary>A handler of the event and three services.</summary>
        public static WebhookHandlerShape<Func<TEvent, WebhookDelivery, CancellationToken, TResult>> Of<TEvent, T1, T2, T3, TResult>(Func<TEvent, T1, T2, T3, TResult> handler)
            where T1 : notnull
            where T2 : notnull
            where T3 : notnull
        {
            Require(handler);
            return Returning<TEvent, TResult>((e, delivery, cancellationToken) => handler(e, Argument<T1>(delivery), Argument<T2>(delivery), Argument<T3>(delivery)), typeof(T1), typeof(T2), typeof(T3));
        }

        /// <summary>A handler of the event, three services and the request's cancellation.</summary>
        public static WebhookHandlerShape<Func<TEvent, WebhookDelivery, CancellationToken, TResult>> Of<TEvent, T1, T2, T3, TResult>(Func<TEvent, T1, T2, T3, CancellationToken, TResult> handler)
            where T1 : notnull
            where T2 : notnull
            where T3 : notnull
        {
            Require(handler);
            return Returning<TEvent, TResult>((e, delivery, cancellationToken) => handler(e, Argument<T1>(delivery), Argument<T2>(delivery), Argument<T3>(delivery), cancellationToken), typeof(T1), typeof(T2), typeof(T3));
        }

        /// <summary>A handler of the event that returns nothing.</summary>
        public static WebhookHandlerShape<Action<TEvent, WebhookDelivery, CancellationToken>> Of<TEvent>(Action<TEvent> handler)
        {
            Require(handler);
            return ReturningNothing<TEvent>((e, delivery, cancellationToken) => handler(e));
        }

        /// <summary>A handler of the event and the request's cancellation that returns nothing.</summary>
        public static WebhookHandlerShape<Action<TEvent, WebhookDelivery, CancellationToken>> Of<TEvent>(Action<TEvent, CancellationToken> handler)
        {
            Require(handler);
            return ReturningNothing<TEvent>((e, delivery, cancellationToken) => handler(e, cancellationToken));
        }

        /// <summary>A handler of the event and a service that returns nothing.</summary>
        public static WebhookHandlerShape<Action<TEvent, WebhookDelivery, CancellationToken>> Of<TEvent, T1>(Action<TEvent, T1> handler)
            where T1 : notnull
        {
            Require(handler);
            return ReturningNothing<TEvent>((e, delivery, cancellationToken) => handler(e, Argument<T1>(delivery)), typeof(T1));
        }

        /// <summary>A handler of the event, a service and the request's cancellation that returns nothing.</summary>
        public static WebhookHandlerShape<Action<TEvent, WebhookDelivery, CancellationToken>> Of<TEvent, T1>(Action<TEvent, T1, CancellationToken> handler)
            where T1 : notnull
        {
            Require(handler);
            return ReturningNothing<TEvent>((e, delivery, cancellationToken) => handler(e, Argument<T1>(delivery), cancellationToken), typeof(T1));
        }

        /// <summary>A handler of the event and two services that returns nothing.</summary>
        public static WebhookHandlerShape<Action<TEvent, WebhookDelivery, CancellationToken>> Of<TEvent, T1, T2>(Action<TEvent, T1, T2> handler)
            where T1 : notnull
            where T2 : notnull
        {
            Require(handler);
            return ReturningNothing<TEvent>((e, delivery, cancellationToken) => handler(e, Argument<T1>(delivery), Argument<T2>(delivery)), typeof(T1), typeof(T2));
        }

        /// <summary>A handler of the event, two services and the request's cancellation that returns nothing.</summary>
        public static WebhookHandlerShape<Action<TEvent, WebhookDelivery, CancellationToken>> Of<TEvent, T1, T2>(Action<TEvent, T1, T2, CancellationToken> handler)
            where T1 : notnull
            where T2 : notnull
        {
            Require(handler);
            return ReturningNothing<TEvent>((e, delivery, cancellationToken) => handler(e, Argument<T1>(delivery), Argument<T2>(delivery), cancellationToken), typeof(T1), typeof(T2));
        }

        /// <summary>A handler of the event and three services that returns nothing.</summary>
        public static WebhookHandlerShape<Action<TEvent, WebhookDelivery, CancellationToken>> Of<TEvent, T1, T2, T3>(Action<TEvent, T1, T2, T3> handler)
            where T1 : notnull
            where T2 : notnull
            where T3 : notnull
        {
            Require(handler);
            return ReturningNothing<TEvent>((e, delivery, cancellationToken) => handler(e, Argument<T1>(delivery), Argument<T2>(delivery), Argument<T3>(delivery)), typeof(T1), typeof(T2), typeof(T3));
        }

        /// <summary>A handler of the event, three services and the request's cancellation that returns nothing.</summary>
        public static WebhookHandlerShape<Action<TEvent, WebhookDelivery, CancellationToken>> Of<TEvent, T1, T2, T3>(Action<TEvent, T1, T2, T3, CancellationToken> handler)
            where T1 : notnull
            where T2 : notnull
            where T3 : notnull
        {
            Require(handler);
            return ReturningNothing<TEvent>((e, delivery, cancellationToken) => handler(e, Argument<T1>(delivery), Argument<T2>(delivery), Argument<T3>(delivery), cancellationToken), typeof(T1), typeof(T2), typeof(T3));
        }

        /// <summary>The delivery itself when the handler asks for it, else a service of the handler's scope.</summary>
        private static T Argument<T>(WebhookDelivery delivery)
            where T : notnull
            => typeof(T) == typeof(WebhookDelivery) ? (T)(object)delivery : delivery.Services.GetRequiredService<T>();

        private static WebhookHandlerShape<Func<TEvent, WebhookDelivery, CancellationToken, TResult>> Returning<TEvent, TResult>(Func<TEvent, WebhookDelivery, CancellationToken, TResult> invoke, params Type[] services)
            => new(invoke, services);

        private static WebhookHandlerShape<Action<TEvent, WebhookDelivery, CancellationToken>> ReturningNothing<TEvent>(Action<TEvent, WebhookDelivery, CancellationToken> invoke, params Type[] services)
            => new(invoke, services);

        private static void Require(Delegate handler)
        {
            if (handler is null)
            {
                throw new ArgumentNullException(nameof(handler));
            }
        }
    }
}
