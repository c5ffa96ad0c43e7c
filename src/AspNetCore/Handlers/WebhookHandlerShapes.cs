using System;
using System.ComponentModel;
using System.Threading;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationHooks.AspNetCore
{
    /// <summary>
    /// Turns a handler of the shapes users write (the event; the event and a <see cref="CancellationToken"/>;
    /// the event, one to three services and optionally the token) into the one shape the endpoint calls.
    /// Services come from the request's scope with <c>GetRequiredService</c>: generic code, no reflection,
    /// so trimming and native AOT keep working. Plumbing the generated <c>OnXxx</c> methods call.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class WebhookHandlerShapes
    {
        /// <summary>A handler of the event.</summary>
        public static Func<TEvent, HttpContext, CancellationToken, TResult> Of<TEvent, TResult>(Func<TEvent, TResult> handler)
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e);
        }

        /// <summary>A handler of the event and the request's cancellation.</summary>
        public static Func<TEvent, HttpContext, CancellationToken, TResult> Of<TEvent, TResult>(Func<TEvent, CancellationToken, TResult> handler)
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, cancellationToken);
        }

        /// <summary>A handler of the event and a service.</summary>
        public static Func<TEvent, HttpContext, CancellationToken, TResult> Of<TEvent, T1, TResult>(Func<TEvent, T1, TResult> handler)
            where T1 : notnull
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, Service<T1>(context));
        }

        /// <summary>A handler of the event, a service and the request's cancellation.</summary>
        public static Func<TEvent, HttpContext, CancellationToken, TResult> Of<TEvent, T1, TResult>(Func<TEvent, T1, CancellationToken, TResult> handler)
            where T1 : notnull
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, Service<T1>(context), cancellationToken);
        }

        /// <summary>A handler of the event and two services.</summary>
        public static Func<TEvent, HttpContext, CancellationToken, TResult> Of<TEvent, T1, T2, TResult>(Func<TEvent, T1, T2, TResult> handler)
            where T1 : notnull
            where T2 : notnull
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, Service<T1>(context), Service<T2>(context));
        }

        /// <summary>A handler of the event, two services and the request's cancellation.</summary>
        public static Func<TEvent, HttpContext, CancellationToken, TResult> Of<TEvent, T1, T2, TResult>(Func<TEvent, T1, T2, CancellationToken, TResult> handler)
            where T1 : notnull
            where T2 : notnull
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, Service<T1>(context), Service<T2>(context), cancellationToken);
        }

        /// <summary>A handler of the event and three services.</summary>
        public static Func<TEvent, HttpContext, CancellationToken, TResult> Of<TEvent, T1, T2, T3, TResult>(Func<TEvent, T1, T2, T3, TResult> handler)
            where T1 : notnull
            where T2 : notnull
            where T3 : notnull
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, Service<T1>(context), Service<T2>(context), Service<T3>(context));
        }

        /// <summary>A handler of the event, three services and the request's cancellation.</summary>
        public static Func<TEvent, HttpContext, CancellationToken, TResult> Of<TEvent, T1, T2, T3, TResult>(Func<TEvent, T1, T2, T3, CancellationToken, TResult> handler)
            where T1 : notnull
            where T2 : notnull
            where T3 : notnull
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, Service<T1>(context), Service<T2>(context), Service<T3>(context), cancellationToken);
        }

        /// <summary>A handler of the event that returns nothing.</summary>
        public static Action<TEvent, HttpContext, CancellationToken> Of<TEvent>(Action<TEvent> handler)
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e);
        }

        /// <summary>A handler of the event and the request's cancellation that returns nothing.</summary>
        public static Action<TEvent, HttpContext, CancellationToken> Of<TEvent>(Action<TEvent, CancellationToken> handler)
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, cancellationToken);
        }

        /// <summary>A handler of the event and a service that returns nothing.</summary>
        public static Action<TEvent, HttpContext, CancellationToken> Of<TEvent, T1>(Action<TEvent, T1> handler)
            where T1 : notnull
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, Service<T1>(context));
        }

        /// <summary>A handler of the event, a service and the request's cancellation that returns nothing.</summary>
        public static Action<TEvent, HttpContext, CancellationToken> Of<TEvent, T1>(Action<TEvent, T1, CancellationToken> handler)
            where T1 : notnull
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, Service<T1>(context), cancellationToken);
        }

        /// <summary>A handler of the event and two services that returns nothing.</summary>
        public static Action<TEvent, HttpContext, CancellationToken> Of<TEvent, T1, T2>(Action<TEvent, T1, T2> handler)
            where T1 : notnull
            where T2 : notnull
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, Service<T1>(context), Service<T2>(context));
        }

        /// <summary>A handler of the event, two services and the request's cancellation that returns nothing.</summary>
        public static Action<TEvent, HttpContext, CancellationToken> Of<TEvent, T1, T2>(Action<TEvent, T1, T2, CancellationToken> handler)
            where T1 : notnull
            where T2 : notnull
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, Service<T1>(context), Service<T2>(context), cancellationToken);
        }

        /// <summary>A handler of the event and three services that returns nothing.</summary>
        public static Action<TEvent, HttpContext, CancellationToken> Of<TEvent, T1, T2, T3>(Action<TEvent, T1, T2, T3> handler)
            where T1 : notnull
            where T2 : notnull
            where T3 : notnull
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, Service<T1>(context), Service<T2>(context), Service<T3>(context));
        }

        /// <summary>A handler of the event, three services and the request's cancellation that returns nothing.</summary>
        public static Action<TEvent, HttpContext, CancellationToken> Of<TEvent, T1, T2, T3>(Action<TEvent, T1, T2, T3, CancellationToken> handler)
            where T1 : notnull
            where T2 : notnull
            where T3 : notnull
        {
            Require(handler);
            return (e, context, cancellationToken) => handler(e, Service<T1>(context), Service<T2>(context), Service<T3>(context), cancellationToken);
        }

        private static T Service<T>(HttpContext context)
            where T : notnull
            => context.RequestServices.GetRequiredService<T>();

        private static void Require(Delegate handler)
        {
            if (handler is null)
            {
                throw new ArgumentNullException(nameof(handler));
            }
        }
    }
}
