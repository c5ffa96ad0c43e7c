using System.Threading;
using ConversationHooks.Spec;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Generator
{
    /// <summary>
    /// What the generator needs to know about a compilation's references, read in one pipeline step:
    /// the generated webhook types it already sees (see <see cref="ReferencedWebhookTypes"/>), those of them that
    /// come with the endpoint's typed part, and the
    /// major versions of the libraries some output is emitted for (the Twilio SDK, the ASP.NET Core
    /// endpoint). Plain strings and numbers, so an edit that changes no reference keeps the output cached.
    /// A major version is -1 when the library is not referenced: 0 is a version (our own 0.x builds).
    /// </summary>
    internal sealed record CompilationReferences(EquatableArray<string> WebhookTypeKeys, EquatableArray<string> WebhookEndpointKeys, int TwilioSdkMajorVersion, int AspNetCoreEndpointMajorVersion)
    {
        /// <summary>The Twilio SDK's assembly (package <c>Twilio</c>).</summary>
        public const string TwilioSdkAssemblyName = "Twilio";

        /// <summary>The ASP.NET Core endpoint's assembly (package <c>ConversationHooks.AspNetCore</c>).</summary>
        public const string AspNetCoreEndpointAssemblyName = "ConversationHooks.AspNetCore";

        /// <summary>True when the compilation references the Twilio SDK 8.x.</summary>
        public bool HasTwilioSdk8 => TwilioSdkMajorVersion == 8;

        /// <summary>The major version of a library that is not referenced.</summary>
        public const int NotReferenced = -1;

        /// <summary>True when the compilation references the ASP.NET Core endpoint library.</summary>
        public bool HasAspNetCoreEndpoint => AspNetCoreEndpointMajorVersion != NotReferenced;

        /// <summary>
        /// Reads <paramref name="compilation"/>'s references. Runs on every build and edit: reads their
        /// metadata headers (<see cref="ReferenceHeaders"/>), and binds the references into symbols only when
        /// one of them can carry generated types, or cannot be read so.
        /// </summary>
        public static CompilationReferences Of(Compilation compilation, CancellationToken cancellationToken)
        {
            if (ReferenceHeaders.TryRead(compilation) is { } headers)
            {
                var (types, endpoints) = headers.AnyCarriesMarker ? ReferencedWebhookTypes.Read(compilation, cancellationToken) : (EquatableArray<string>.Empty, EquatableArray<string>.Empty);
                return new CompilationReferences(
                    types,
                    endpoints,
                    headers.MajorVersionOf(TwilioSdkAssemblyName),
                    headers.MajorVersionOf(AspNetCoreEndpointAssemblyName));
            }

            int twilio = NotReferenced, endpoint = NotReferenced;
            foreach (var identity in compilation.ReferencedAssemblyNames)
            {
                if (identity.Name == TwilioSdkAssemblyName)
                {
                    twilio = identity.Version.Major;
                }
                else if (identity.Name == AspNetCoreEndpointAssemblyName)
                {
                    endpoint = identity.Version.Major;
                }
            }

            var (referencedTypes, referencedEndpoints) = ReferencedWebhookTypes.Read(compilation, cancellationToken);
            return new CompilationReferences(referencedTypes, referencedEndpoints, twilio, endpoint);
        }
    }
}
