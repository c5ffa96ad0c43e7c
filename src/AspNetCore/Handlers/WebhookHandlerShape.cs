using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ConversationHooks.AspNetCore
{
    /// <summary>
    /// A handler in the one shape the endpoint calls, and the types of the services it takes (in order), so
    /// that the endpoint can refuse at start-up a parameter the app cannot give. Plumbing the generated
    /// <c>OnXxx</c> methods pass from <see cref="WebhookHandlerShapes"/> to <see cref="WebhookHooks"/>.
    /// </summary>
    /// <typeparam name="THandler">The delegate the endpoint calls.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class WebhookHandlerShape<THandler>
        where THandler : Delegate
    {
        internal WebhookHandlerShape(THandler invoke, IReadOnlyList<Type> services)
        {
            Invoke = invoke;
            Services = services;
        }

        internal THandler Invoke { get; }

        /// <summary>The types of the parameters between the event and the token: services, or the <see cref="WebhookDelivery"/>.</summary>
        internal IReadOnlyList<Type> Services { get; }
    }
}
