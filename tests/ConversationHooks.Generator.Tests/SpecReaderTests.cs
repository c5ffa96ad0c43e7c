using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConversationHooks.Generator.Tests.TestHelpers;
using ConversationHooks.Spec;
using ConversationHooks.Spec.Model;
using ConversationHooks.Tests;

namespace ConversationHooks.Generator.Tests;

public class SpecReaderTests
{
    [Fact]
    public void The_built_in_spec_reads_without_problems()
    {
        var result = SpecReader.Read(GeneratorRun.BuiltInSpec);
        Assert.Empty(result.Diagnostics);
        var spec = result.Spec!;
        Assert.Equal(23, spec.Filters.Count);
        Assert.Equal(10, spec.Filters.Count(f => f.Phase == FilterPhase.Pre));
        Assert.All(spec.Filters.Where(f => f.Phase == FilterPhase.Pre), f => Assert.NotNull(f.Counterpart));
        Assert.Contains(spec.SidKinds, k => k.Name == "ChannelMessage" && k.Prefix is null);
        Assert.Equal(new[] { "get", "post" }, spec.Scopes.Single(s => s.Name == "conversation").Methods);
        Assert.Contains(spec.Bindings, b => b.Type == "Twilio.Rest.Conversations.V1.Configuration.WebhookResource");
    }

    [Theory]
    [InlineData("onConversationStateUpdated", "StateFrom")]
    [InlineData("onConversationStateUpdated", "StateTo")]
    [InlineData("onConversationUpdated", "State")]
    public void Conversation_states_include_initializing_and_stay_an_open_set(string filter, string parameter)
    {
        var value = SpecReader.Read(GeneratorRun.BuiltInSpec).Spec!.Filters.Single(f => f.Name == filter).Parameters.Single(p => p.Name == parameter);
        Assert.Equal(new[] { "initializing", "active", "inactive", "closed" }, value.Values);
        Assert.True(value.KeepsUnknownValues);
    }

    [Fact]
    public void Conversation_webhooks_live_at_the_conversation_and_the_service_conversation_paths()
    {
        var scope = SpecReader.Read(GeneratorRun.BuiltInSpec).Spec!.Scopes.Single(s => s.Name == "conversation");
        var update = scope.Operations.Single(o => o.Name == "update");
        Assert.Equal("POST", update.HttpMethod);
        Assert.Equal(new[] { "/v1/Conversations/{ConversationSid}/Webhooks/{Sid}", "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}" }, update.Paths);
        Assert.Equal("ConversationWebhookUpdateRequest", update.Request);
        Assert.Equal(OperationAnswer.Page, scope.Operations.Single(o => o.Name == "list").Answer);
        Assert.Equal(OperationAnswer.Nothing, scope.Operations.Single(o => o.Name == "delete").Answer);
    }

    [Fact]
    public void The_conversation_webhook_list_takes_a_page_size_from_1_to_5_and_answers_a_page_of_webhooks()
    {
        var scope = SpecReader.Read(GeneratorRun.BuiltInSpec).Spec!.Scopes.Single(s => s.Name == "conversation");
        var list = scope.Operations.Single(o => o.Name == "list");
        var pageSize = scope.Requests.Single(r => r.Name == list.Request).Parameters.Single(p => p.Name == "PageSize");
        Assert.Equal((1, 5), (pageSize.Minimum, pageSize.Maximum));
        var items = scope.Page!.Fields.Single(f => f.Name == "webhooks");
        Assert.Equal((ConversationHooks.Spec.Model.ValueType.Object, "ConversationWebhook", true), (items.Type, items.TypeName, items.Repeated));
        Assert.Empty(items.Fields);
        Assert.Equal(scope.Response!.Name, items.TypeName);
        Assert.Equal(new[] { "page", "page_size", "first_page_url", "previous_page_url", "url", "next_page_url", "key" }, scope.Page.Fields.Single(f => f.Name == "meta").Fields.Select(f => f.Name));
    }

    [Fact]
    public void Every_payload_value_set_of_the_built_in_spec_keeps_unknown_values()
    {
        var spec = SpecReader.Read(GeneratorRun.BuiltInSpec).Spec!;
        var sets = spec.CommonParameters.Concat(spec.Filters.SelectMany(f => f.Parameters)).Where(v => v.Values.Count > 0 || v.Type == ConversationHooks.Spec.Model.ValueType.Filter).ToList();
        Assert.Contains(sets, v => v.Name == "MessagingBinding.Type");
        Assert.All(sets, v => Assert.True(v.KeepsUnknownValues, v.Name));
    }

    [Fact]
    public void The_small_valid_spec_of_the_malformed_cases_is_valid()
        => Assert.Empty(SpecReader.Read(MalformedSpecCases.Valid).Diagnostics);

    [Fact]
    public void A_leading_byte_order_mark_is_not_content()
        => Assert.Empty(SpecReader.Read("\uFEFF" + MalformedSpecCases.Valid).Diagnostics);

    [Fact]
    public void Reading_the_same_text_twice_gives_equal_models()
        => Assert.Equal(SpecReader.Read(GeneratorRun.BuiltInSpec), SpecReader.Read(GeneratorRun.BuiltInSpec));

    [Fact]
    public void Whitespace_does_not_change_the_model()
        => Assert.Equal(SpecReader.Read(GeneratorRun.BuiltInSpec).Spec, SpecReader.Read(GeneratorRun.BuiltInSpec.Replace("\n", "\r\n  ")).Spec);

    [Theory]
    [MemberData(nameof(MalformedSpecCases.All), MemberType = typeof(MalformedSpecCases))]
    public void A_malformed_spec_gives_its_diagnostic_at_its_line_and_column(string name)
    {
        var c = MalformedSpecCases.Get(name);
        var result = SpecReader.Read(c.Text);

        Assert.Null(result.Spec);
        var diagnostic = result.Diagnostics.First();
        Assert.Equal(c.Id, diagnostic.Id);
        Assert.Contains(c.Message, diagnostic.Message);
        Assert.Equal((c.Line, c.Column), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var text = MalformedSpecCases.Valid
            .Replace("\"phase\": \"pre\"", "\"phase\": \"during\"")
            .Replace("\"sidKind\": \"Account\"", "\"sidKind\": \"Acount\"");
        Assert.Equal(new[] { "CWH101", "CWH103" }, SpecReader.Read(text).Diagnostics.Select(d => d.Id).OrderBy(id => id));
    }

    [Fact]
    public void Every_pattern_of_the_schema_is_one_the_reader_applies()
    {
        // Editors validate with the schema, builds with the reader: a name one accepts, the other must too.
        var reader = typeof(ConversationHooks.Spec.Reading.SpecPatterns).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Regex))
            .Select(f => ((Regex)f.GetValue(null)!).ToString().Replace("\\z", "$"))
            .ToHashSet();
        using var schema = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("webhook-spec.schema.json")));

        var patterns = Patterns(schema.RootElement).ToList();

        Assert.NotEmpty(patterns);
        Assert.All(patterns, pattern => Assert.Contains(pattern, reader));
    }

    private static IEnumerable<string> Patterns(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "pattern")
                {
                    yield return property.Value.GetString()!;
                }

                foreach (var pattern in Patterns(property.Value))
                {
                    yield return pattern;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var pattern in element.EnumerateArray().SelectMany(Patterns))
            {
                yield return pattern;
            }
        }
    }
}
