namespace ConversationHooks.Spec.Model
{
    /// <summary>The whole spec: the single source of truth for the generator and the analyzers.</summary>
    internal sealed record WebhookSpec(
        EquatableArray<SidKindSpec> SidKinds,
        EquatableArray<string> Resources,
        EquatableArray<ScopeSpec> Scopes,
        EquatableArray<ValueSpec> CommonParameters,
        EquatableArray<FilterSpec> Filters,
        EquatableArray<BindingSpec> Bindings);

    /// <summary>A kind of SID: <c>AC</c> for accounts, ... <see cref="Prefix"/> is null for "any two letters".</summary>
    internal sealed record SidKindSpec(string Name, string? Prefix, string Description);

    /// <summary>
    /// A place a webhook is configured: account, service, conversation, ... With
    /// <see cref="MethodsIgnoreCase"/>, a method in any ASCII casing is that method (Twilio's own
    /// material sends both <c>GET</c> and <c>get</c>); it is always written in the casing listed.
    /// <see cref="Page"/> is the JSON a list operation answers with: a list of <see cref="Response"/>s and its paging.
    /// <see cref="TwilioSdkResources"/> are the Twilio SDK's types that hold the same resource as <see cref="Response"/>
    /// (metadata names, e.g. <c>Twilio.Rest.Conversations.V1.Configuration.WebhookResource</c>).
    /// </summary>
    internal sealed record ScopeSpec(
        string Name,
        string Description,
        EquatableArray<OperationSpec> Operations,
        EquatableArray<string> Methods,
        bool MethodsIgnoreCase,
        EquatableArray<string> Targets,
        EquatableArray<RequestSpec> Requests,
        ResponseSpec? Response,
        ResponseSpec? Page,
        EquatableArray<TwilioSdkResourceSpec> TwilioSdkResources);

    /// <summary>
    /// A Twilio SDK resource type that holds a scope's response, and the response fields (wire names)
    /// it does not carry (the SDK's conversation webhook has no <c>chat_service_sid</c>).
    /// </summary>
    internal sealed record TwilioSdkResourceSpec(string Type, EquatableArray<string> AbsentFields);

    /// <summary>What a REST operation answers with.</summary>
    internal enum OperationAnswer
    {
        /// <summary>The scope's response: one resource.</summary>
        Resource,

        /// <summary>The scope's page: a list of its responses.</summary>
        Page,

        /// <summary>No body (a delete: 204).</summary>
        Nothing,
    }

    /// <summary>
    /// One REST operation on a scope's resource: an HTTP method at one or more paths (the same
    /// resource can live under several, e.g. with and without <c>/Services/{ChatServiceSid}</c>),
    /// the scope's request it sends (if any), and what it answers. <see cref="TwilioSdkOptions"/> holds,
    /// path by path (same order as <see cref="Paths"/>), the Twilio SDK's options type that sends the
    /// same request there; empty when the spec names none.
    /// </summary>
    internal sealed record OperationSpec(string Name, string HttpMethod, EquatableArray<string> Paths, string? Request, OperationAnswer Answer, EquatableArray<string> TwilioSdkOptions);

    /// <summary>A form-encoded request to a configuration resource.</summary>
    internal sealed record RequestSpec(string Name, EquatableArray<ValueSpec> Parameters);

    /// <summary>The JSON a configuration resource (or a list of them: a page) answers with.</summary>
    internal sealed record ResponseSpec(string Name, EquatableArray<ValueSpec> Fields);

    internal enum ValueType
    {
        String,
        Int,
        Bool,
        DateTime,
        Uri,
        Json,
        Sid,
        Enum,
        Filter,
        Method,
        Target,
        Object,
        Media,
    }

    /// <summary>
    /// A form parameter, JSON field or webhook payload parameter, named by its wire name. Every set of
    /// values (an <c>enum</c>'s <see cref="Values"/>, filters, methods, targets) is open: it lists what
    /// is known today, and a value it does not list is kept as received, never an error (Twilio adds
    /// values, e.g. the conversation state <c>initializing</c>). An <c>int</c> may have an allowed
    /// range (<see cref="Minimum"/>, <see cref="Maximum"/>, inclusive). An <c>object</c> without
    /// <see cref="Fields"/> is the scope's response, named by <see cref="TypeName"/> (a page's items).
    /// <see cref="Required"/>: a request parameter that must be given; in a payload, one that identifies
    /// the event. <see cref="Example"/> (payloads only): what a sample event carries, in wire text.
    /// </summary>
    internal sealed record ValueSpec(
        string Name,
        ValueType Type,
        string? SidKind,
        EquatableArray<string> Values,
        string? TypeName,
        EquatableArray<ValueSpec> Fields,
        bool Repeated,
        bool Required,
        string? Description,
        int? Minimum,
        int? Maximum,
        string? Example)
    {
        /// <summary>True for every value that takes one of a set of wire values: those sets are open (see above).</summary>
        public bool KeepsUnknownValues => Type is ValueType.Enum or ValueType.Filter or ValueType.Method or ValueType.Target;
    }

    internal enum FilterPhase
    {
        Pre,
        Post,
    }

    /// <summary>One webhook event filter such as <c>onMessageAdded</c>.</summary>
    internal sealed record FilterSpec(
        string Name,
        FilterPhase Phase,
        string Resource,
        string? Counterpart,
        EquatableArray<string> Scopes,
        string Description,
        EquatableArray<ValueSpec> Parameters,
        EquatableArray<AnswerFieldSpec> Answer);

    /// <summary>
    /// A type of another library whose parameters or properties take a spec value, and the properties
    /// whose value is a SID of a known kind (<see cref="Holds"/>: a resource's <c>Sid</c>, its
    /// <c>ChatServiceSid</c>, ...), so that a value read from one is checked where it is passed.
    /// </summary>
    internal sealed record BindingSpec(
        string Type,
        EquatableArray<string> Methods,
        EquatableArray<BoundValueSpec> Parameters,
        EquatableArray<BoundValueSpec> Properties,
        EquatableArray<HeldSidSpec> Holds);

    /// <summary>A property whose value is always a SID of one of <see cref="SidKinds"/>.</summary>
    internal sealed record HeldSidSpec(string Name, EquatableArray<string> SidKinds);

    internal enum BoundValueKind
    {
        Filter,
        Sid,
        Method,
        Target,
        Credential,
    }

    /// <summary>A parameter or property named in a binding, and what it takes.</summary>
    internal sealed record BoundValueSpec(
        string Name,
        BoundValueKind Takes,
        string? Scope,
        EquatableArray<string> SidKinds,
        bool AllowsUniqueName);
}
