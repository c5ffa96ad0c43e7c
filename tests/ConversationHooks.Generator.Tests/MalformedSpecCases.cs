using System.Collections.Generic;
using System.Linq;

namespace ConversationHooks.Generator.Tests;

/// <summary>
/// Malformed specs, each with the diagnostic it must give. "⟦" marks where it must be reported
/// (the marker is removed before parsing); without a marker the place is line 1, column 1.
/// </summary>
public static class MalformedSpecCases
{
    public const char Marker = '⟦';

    // A small valid spec; the cases below break one thing in it.
    public const string Valid = """
        {
          "version": 1,
          "sidKinds": [{"name": "Account", "prefix": "AC", "description": "An account."}],
          "resources": ["message"],
          "scopes": [{"name": "account", "description": "Account scope.", "methods": ["GET", "POST"]}],
          "filters": [
            {"name": "onMessageAdd", "phase": "pre", "resource": "message", "counterpart": "onMessageAdded", "scopes": ["account"], "description": "Before.", "parameters": []},
            {"name": "onMessageAdded", "phase": "post", "resource": "message", "scopes": ["account"], "description": "After.", "parameters": [{"name": "AccountSid", "type": "sid", "sidKind": "Account"}]}
          ]
        }
        """;

    public static IEnumerable<object[]> All() => Cases.Select(c => new object[] { c.Name });

    public static (string Name, string Text, string Id, string Message)[] Cases { get; } =
    {
        ("empty file", "", "CWH100", "The spec file is empty"),
        ("only whitespace", "  \n\t\n", "CWH100", "The spec file is empty"),
        ("truncated", Valid.Substring(0, Valid.IndexOf("\"scopes\"", StringComparison.Ordinal)) + Marker, "CWH100", "found the end of the file"),
        ("truncated inside a string", "{\"version\": 1, " + Marker + "\"sid", "CWH100", "Unterminated string"),
        ("trailing comma in an array", Valid.Replace("[\"message\"]", "[\"message\"," + Marker + "]"), "CWH100", "Trailing comma before ']'"),
        ("trailing comma in an object", Valid.Replace("\"An account.\"}", "\"An account.\"," + Marker + "}"), "CWH100", "Trailing comma before '}'"),
        ("byte order mark inside the document", Valid.Replace("\"version\": 1", "\"version\": " + Marker + "\uFEFF1"), "CWH100", "character U+FEFF"),
        ("nesting 100 levels deep", "{\"version\": " + new string('[', 63) + Marker + new string('[', 37), "CWH100", "nested more than 64 levels"),
        ("huge filter name", Valid.Replace("{\"name\": \"onMessageAdded\"", "{\"name\": " + Marker + "\"onMessage" + new string('x', 100_000) + "\""), "CWH101", "(100009 characters)"),
        ("version of the wrong type", Valid.Replace("\"version\": 1", "\"version\": " + Marker + "\"1\""), "CWH101", "$.version: expected a number, found a string"),
        ("unsupported version", Valid.Replace("\"version\": 1", "\"version\": " + Marker + "2"), "CWH101", "understands version 1, found 2"),
        ("unknown property", Valid.Replace("\"resources\"", Marker + "\"resourcen\": [], \"resources\""), "CWH101", "unknown property \"resourcen\""),
        ("a required payload parameter that identifies nothing", Valid.Replace("\"parameters\": [{\"name\": \"AccountSid\", \"type\": \"sid\", \"sidKind\": \"Account\"}]", "\"parameters\": [{\"name\": \"Body\", \"type\": \"string\", \"required\": " + Marker + "true}]"), "CWH101", "only a payload's SIDs (and its EventType) may be \"required\""),
        ("a payload parameter both required and optional", Valid.Replace("\"sidKind\": \"Account\"}]", "\"sidKind\": \"Account\", \"required\": true, \"optional\": " + Marker + "true}]"), "CWH101", "cannot be both \"required\" and \"optional\""),
        ("an example that is not a SID of its kind", Valid.Replace("\"sidKind\": \"Account\"}]", "\"sidKind\": \"Account\", \"example\": " + Marker + "\"CH00000000000000000000000000000000\"}]"), "CWH101", "is not a SID of the kind Account"),
        ("an example outside a payload", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\", \"POST\"], \"requests\": [{\"name\": \"R\", \"parameters\": [{\"name\": \"Method\", \"type\": \"method\", \"example\": " + Marker + "\"GET\"}]}]"), "CWH101", "only an event payload's parameters take an \"example\""),
        ("missing filters", Marker + "{\"version\": 1, \"sidKinds\": [], \"resources\": [], \"scopes\": []}", "CWH101", "the property \"filters\" is required"),
        ("filter name of the wrong type", Valid.Replace("{\"name\": \"onMessageAdd\"", "{\"name\": " + Marker + "42"), "CWH101", "expected a string, found a number"),
        ("unknown phase", Valid.Replace("\"phase\": \"pre\"", "\"phase\": " + Marker + "\"during\""), "CWH101", "expected one of \"pre\", \"post\", found \"during\""),
        ("bad SID prefix", Valid.Replace("\"prefix\": \"AC\"", "\"prefix\": " + Marker + "\"ac\""), "CWH101", "two upper-case letters"),
        ("filter name ending in an escaped newline", Valid.Replace("{\"name\": \"onMessageAdded\"", "{\"name\": " + Marker + "\"onMessageAdded\\n\"").Replace("\"counterpart\": \"onMessageAdded\", ", string.Empty), "CWH101", "expected a filter name"),
        ("SID prefix ending in an escaped newline", Valid.Replace("\"prefix\": \"AC\"", "\"prefix\": " + Marker + "\"AC\\n\""), "CWH101", "two upper-case letters"),
        ("the root is an array", Marker + "[1, 2]", "CWH101", "$: expected an object, found an array"),
        ("duplicate filter", Valid.Replace("{\"name\": \"onMessageAdded\"", "{\"name\": " + Marker + "\"onMessageAdd\"").Replace("\"counterpart\": \"onMessageAdded\", ", string.Empty), "CWH102", "the filter 'onMessageAdd' is already defined"),
        ("a method named like a generated member", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\", \"POST\", " + Marker + "\"tryParse\"]"), "CWH102", "would be the C# member 'TryParse', a name the generated code already uses"),
        ("duplicate property", Valid.Replace("\"version\": 1,", "\"version\": 1, " + Marker + "\"version\": 1,"), "CWH102", "the property \"version\" appears twice"),
        ("duplicate SID prefix", Valid.Replace("\"description\": \"An account.\"}", "\"description\": \"An account.\"}, {\"name\": \"Other\", \"prefix\": " + Marker + "\"AC\", \"description\": \"Another.\"}"), "CWH102", "already used by SID kind 'Account'"),
        ("unknown scope", Valid.Replace("\"scopes\": [\"account\"], \"description\": \"After.\"", "\"scopes\": [" + Marker + "\"acount\"], \"description\": \"After.\""), "CWH103", "'acount' is not a scope"),
        ("unknown SID kind", Valid.Replace("\"sidKind\": \"Account\"", "\"sidKind\": " + Marker + "\"Acount\""), "CWH103", "'Acount' is not a SID kind"),
        ("missing counterpart", Valid.Replace("\"counterpart\": \"onMessageAdded\"", "\"counterpart\": " + Marker + "\"onMessageAddedd\""), "CWH103", "its counterpart 'onMessageAddedd' is not a filter"),
        ("unknown resource", Valid.Replace("\"resource\": \"message\", \"counterpart\"", "\"resource\": " + Marker + "\"mesage\", \"counterpart\""), "CWH103", "'mesage' is not a resource"),
        ("an answer on a post-action filter", Valid.Replace("\"description\": \"After.\", \"parameters\": [", "\"description\": \"After.\", \"answer\": " + Marker + "[{\"name\": \"body\", \"type\": \"string\"}], \"parameters\": ["), "CWH101", "only a pre-action filter has an answer"),
        ("an answer field of an unknown type", Valid.Replace("\"description\": \"Before.\", \"parameters\": []", "\"description\": \"Before.\", \"parameters\": [], \"answer\": [{\"name\": \"body\", \"type\": " + Marker + "\"int\"}]"), "CWH101", "expected one of \"string\", \"json\", found \"int\""),
        ("an answer field that is not snake_case", Valid.Replace("\"description\": \"Before.\", \"parameters\": []", "\"description\": \"Before.\", \"parameters\": [], \"answer\": [{\"name\": " + Marker + "\"FriendlyName\", \"type\": \"string\"}]"), "CWH101", "a snake_case JSON key"),
        ("an answer field listed twice", Valid.Replace("\"description\": \"Before.\", \"parameters\": []", "\"description\": \"Before.\", \"parameters\": [], \"answer\": [{\"name\": \"body\", \"type\": \"string\"}, " + Marker + "{\"name\": \"body\", \"type\": \"json\"}]"), "CWH102", "'body' is listed twice"),
        ("media outside an event payload", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\", \"POST\"], \"requests\": [{\"name\": \"R\", \"parameters\": [{\"name\": \"M\", \"type\": " + Marker + "\"media\"}]}]"), "CWH101", "only allowed in event payloads"),
        ("a payload parameter named like an event member", Valid.Replace("\"parameters\": [{\"name\": \"AccountSid\"", "\"parameters\": [" + Marker + "{\"name\": \"Form\", \"type\": \"string\"}, {\"name\": \"AccountSid\""), "CWH102", "a name every event already uses"),
        ("a pre-action event's parameter named like its answer", Valid.Replace("\"description\": \"Before.\", \"parameters\": []", "\"description\": \"Before.\", \"parameters\": [" + Marker + "{\"name\": \"Reject\", \"type\": \"string\"}]"), "CWH102", "a name every event already uses"),
        ("a repeated payload parameter that is not text", Valid.Replace("\"parameters\": [{\"name\": \"AccountSid\"", "\"parameters\": [" + Marker + "{\"name\": \"Index\", \"type\": \"int\", \"repeated\": true}, {\"name\": \"AccountSid\""), "CWH101", "only text parameters may repeat"),
        ("one payload enum type with other values", Valid.Replace("\"parameters\": [{\"name\": \"AccountSid\"", "\"parameters\": [{\"name\": \"A\", \"type\": \"enum\", \"values\": [\"x\"], \"typeName\": \"Shared\"}, " + Marker + "{\"name\": \"B\", \"type\": \"enum\", \"values\": [\"y\"], \"typeName\": \"Shared\"}, {\"name\": \"AccountSid\""), "CWH102", "the enum type 'Shared' is already defined"),
        ("unterminated string", "{\"version\": " + Marker + "\"1}", "CWH100", "Unterminated string"),
        ("invalid escape", "{\"version\": \"" + Marker + "\\x\"}", "CWH100", "Invalid escape sequence '\\x'"),
        ("raw control character", "{\"version\": \"a" + Marker + "\u0001\"}", "CWH100", "Control character U+0001"),
        ("content after the document", "{}\n" + Marker + "{}", "CWH100", "after the end of the JSON document"),
        ("number with a leading zero", "{\"version\": 0" + Marker + "1}", "CWH100", "Leading zeros"),
        ("binding without a scope", Valid.Replace("\n}", ",\n  \"bindings\": [{\"type\": \"Twilio.X\", \"methods\": [\"M\"], \"parameters\": [{\"name\": \"f\", \"takes\": " + Marker + "\"filter\"}]}]\n}"), "CWH101", "needs a \"scope\""),
        ("methodsIgnoreCase on a scope without methods", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methodsIgnoreCase\": " + Marker + "true"), "CWH101", "the scope lists none"),
        ("an operation sending a request the scope does not define", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"operations\": [{\"name\": \"update\", \"method\": \"POST\", \"paths\": [\"/v1/X\"], \"request\": " + Marker + "\"Missing\", \"answer\": \"nothing\"}]"), "CWH103", "'Missing' is not a request of this scope"),
        ("an operation path that is not a path", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"operations\": [{\"name\": \"fetch\", \"method\": \"GET\", \"paths\": [" + Marker + "\"v1/X\"], \"answer\": \"nothing\"}]"), "CWH101", "expected a path"),
        ("an operation without paths", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"operations\": [" + Marker + "{\"name\": \"fetch\", \"method\": \"GET\", \"answer\": \"nothing\"}]"), "CWH101", "the property \"paths\" is required"),
        ("an operation with no path", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"operations\": [{\"name\": \"fetch\", \"method\": \"GET\", \"paths\": " + Marker + "[], \"answer\": \"nothing\"}]"), "CWH101", "needs at least one path"),
        ("a list answer on a scope without a page", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"operations\": [{\"name\": \"list\", \"method\": \"GET\", \"paths\": [\"/v1/X\"], \"answer\": " + Marker + "\"page\"}]"), "CWH103", "the scope defines no \"page\" to answer with"),
        ("a range on a parameter that is not an int", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"requests\": [{\"name\": \"ListRequest\", \"parameters\": [{\"name\": \"PageToken\", \"type\": \"string\", \"minimum\": " + Marker + "1}]}]"), "CWH101", "only a request parameter of type \"int\" takes \"minimum\" and \"maximum\""),
        ("a range on a response field", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"response\": {\"name\": \"Thing\", \"fields\": [{\"name\": \"page_size\", \"type\": \"int\", \"maximum\": " + Marker + "5}]}"), "CWH101", "only a request parameter of type \"int\" takes"),
        ("a minimum above the maximum", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"requests\": [{\"name\": \"ListRequest\", \"parameters\": [{\"name\": \"PageSize\", \"type\": \"int\", \"minimum\": 5, \"maximum\": " + Marker + "1}]}]"), "CWH101", "maximum: 1 is less than the minimum, 5"),
        ("a minimum that is not an integer", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"requests\": [{\"name\": \"ListRequest\", \"parameters\": [{\"name\": \"PageSize\", \"type\": \"int\", \"minimum\": " + Marker + "1.5}]}]"), "CWH101", "minimum: expected an integer, found 1.5"),
        ("a minimum that is not a number", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"requests\": [{\"name\": \"ListRequest\", \"parameters\": [{\"name\": \"PageSize\", \"type\": \"int\", \"minimum\": " + Marker + "\"1\"}]}]"), "CWH101", "minimum: expected a number, found a string"),
        ("page items naming a type that is not the scope's response", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"response\": {\"name\": \"Thing\", \"fields\": [{\"name\": \"url\", \"type\": \"uri\"}]}, \"page\": {\"name\": \"ThingPage\", \"fields\": [{\"name\": \"things\", \"type\": " + Marker + "\"object\", \"typeName\": \"Other\", \"repeated\": true}]}"), "CWH101", "or, in a page, only the \"typeName\" of the scope's response"),
        ("page items in a response of their own", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"response\": {\"name\": \"Thing\", \"fields\": [{\"name\": \"things\", \"type\": " + Marker + "\"object\", \"typeName\": \"Thing\", \"repeated\": true}]}"), "CWH101", "needs a \"typeName\" and non-empty \"fields\""),
        ("a page named like the response", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"response\": {\"name\": \"Thing\", \"fields\": [{\"name\": \"url\", \"type\": \"uri\"}]}, \"page\": {\"name\": " + Marker + "\"Thing\", \"fields\": [{\"name\": \"things\", \"type\": \"object\", \"typeName\": \"Thing\", \"repeated\": true}]}"), "CWH102", "the generated type name 'Thing' is already taken"),
        ("Twilio SDK options for an operation without a request", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"operations\": [{\"name\": \"fetch\", \"method\": \"GET\", \"paths\": [\"/v1/X\"], \"answer\": \"nothing\", \"twilioSdkOptions\": " + Marker + "[\"Twilio.X\"]}]"), "CWH101", "twilioSdkOptions: needs a \"request\" to convert"),
        ("Twilio SDK options that are not one per path", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"requests\": [{\"name\": \"ThingRequest\", \"parameters\": [{\"name\": \"Url\", \"type\": \"uri\"}]}], \"operations\": [{\"name\": \"update\", \"method\": \"POST\", \"paths\": [\"/v1/X\", \"/v1/Y\"], \"request\": \"ThingRequest\", \"answer\": \"nothing\", \"twilioSdkOptions\": " + Marker + "[\"Twilio.X\"]}]"), "CWH101", "needs one type per path (2)"),
        ("a Twilio SDK resource without the field it lacks", Valid.Replace("\"methods\": [\"GET\", \"POST\"]", "\"methods\": [\"GET\"], \"response\": {\"name\": \"Thing\", \"fields\": [{\"name\": \"url\", \"type\": \"uri\"}]}, \"twilioSdkResources\": [{\"type\": \"Twilio.X\", \"absentFields\": " + Marker + "[\"sid\"]}]"), "CWH103", "'sid' is not a field of Thing"),
        ("a method outside a scope", Valid.Replace("{\"name\": \"AccountSid\", \"type\": \"sid\", \"sidKind\": \"Account\"}", "{\"name\": \"AccountSid\", \"type\": " + Marker + "\"method\"}"), "CWH101", "only values of a scope's requests and responses"),
    };

    public static (string Name, string Text, string Id, string Message, int Line, int Column) Get(string name)
    {
        var c = Cases.Single(c => c.Name == name);
        var at = c.Text.IndexOf(Marker);
        var text = c.Text.Replace(Marker.ToString(), string.Empty);
        if (at < 0)
        {
            return (c.Name, text, c.Id, c.Message, 1, 1);
        }

        var before = c.Text.Substring(0, at);
        var line = before.Count(ch => ch == '\n') + 1;
        var column = at - (before.LastIndexOf('\n') + 1) + 1;
        return (c.Name, text, c.Id, c.Message, line, column);
    }
}
