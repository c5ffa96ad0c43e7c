using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace ConversationHooks.AspNetCore.Mvc
{
    /// <summary>
    /// Also finds <c>internal</c> controllers that carry <c>[ConversationsWebhook]</c> (on the class or an action): the
    /// generated event types are internal by default, and a public action cannot take one (CS0051).
    /// </summary>
    internal sealed class WebhookControllerFeatureProvider : ControllerFeatureProvider
    {
        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Controllers are found by reflection over the app's assemblies, as MVC itself does: MVC apps are not trimmed.")]
        protected override bool IsController(TypeInfo typeInfo)
            => base.IsController(typeInfo)
               || (typeInfo.IsClass && !typeInfo.IsAbstract && !typeInfo.ContainsGenericParameters && !typeInfo.IsPublic && !typeInfo.IsNested
                   && typeof(ControllerBase).IsAssignableFrom(typeInfo)
                   && (typeInfo.IsDefined(typeof(ConversationsWebhookAttribute), true)
                       || typeInfo.DeclaredMethods.Any(m => m.IsDefined(typeof(ConversationsWebhookAttribute), true))));
    }
}
