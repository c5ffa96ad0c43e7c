using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ConversationHooks
{
    /// <summary>
    /// One item of an event's <c>Media</c> (a JSON array sent as a string). The keys Twilio uses are
    /// not documented (domain.md: seen as <c>Sid</c>, <c>ContentType</c>, <c>Filename</c>,
    /// <c>Size</c>); every key, known or not, stays readable in <see cref="Json"/>.
    /// </summary>
    public sealed class MediaItem : IEquatable<MediaItem>
    {
        private MediaItem(JsonText json, string? sid, string? contentType, string? filename, long? size)
        {
            Json = json;
            Sid = sid;
            ContentType = contentType;
            Filename = filename;
            Size = size;
        }

        /// <summary>The item's whole JSON object, as received.</summary>
        public JsonText Json { get; }

        /// <summary><c>Sid</c> (a media SID, <c>ME…</c>); null when absent or not a string.</summary>
        public string? Sid { get; }

        /// <summary><c>ContentType</c>; null when absent or not a string.</summary>
        public string? ContentType { get; }

        /// <summary><c>Filename</c>; null when absent or not a string.</summary>
        public string? Filename { get; }

        /// <summary><c>Size</c> in bytes; null when absent or not an integer.</summary>
        public long? Size { get; }

        /// <summary>True when the items' JSON texts are equal.</summary>
        public bool Equals(MediaItem? other) => other is not null && Json.Equals(other.Json);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as MediaItem);

        /// <inheritdoc/>
        public override int GetHashCode() => Json.GetHashCode();

        /// <summary>The item's JSON.</summary>
        public override string ToString() => Json.Text;

        /// <summary>Reads the JSON array Twilio sends in a webhook's <c>Media</c> (to build a sample event, say).</summary>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        /// <exception cref="FormatException">Not a JSON array of objects; the message says what is wrong.</exception>
        public static IReadOnlyList<MediaItem> ParseList(string json)
            => TryParseList(json ?? throw new ArgumentNullException(nameof(json)), out var items, out var problem) ? items! : throw new FormatException(problem);

        /// <summary>Reads <c>Media</c>; on failure <paramref name="problem"/> says what is wrong.</summary>
        internal static bool TryParseList(string json, out IReadOnlyList<MediaItem>? items, out string? problem)
        {
            items = null;
            try
            {
                using var document = JsonDocument.Parse(json);
                if (document.RootElement.ValueKind != JsonValueKind.Array)
                {
                    problem = $"expected a JSON array of media items, found {document.RootElement.ValueKind}.";
                    return false;
                }

                var list = new List<MediaItem>();
                foreach (var element in document.RootElement.EnumerateArray())
                {
                    if (element.ValueKind != JsonValueKind.Object)
                    {
                        problem = $"media item {list.Count} is {element.ValueKind}, not a JSON object.";
                        return false;
                    }

                    list.Add(new MediaItem(
                        JsonText.Parse(element.GetRawText()),
                        StringOf(element, "Sid"),
                        StringOf(element, "ContentType"),
                        StringOf(element, "Filename"),
                        element.TryGetProperty("Size", out var size) && size.ValueKind == JsonValueKind.Number && size.TryGetInt64(out var bytes) ? bytes : null));
                }

                items = list;
                problem = null;
                return true;
            }
            catch (JsonException e)
            {
                problem = $"not well-formed JSON ({e.Message})";
                return false;
            }
        }

        private static string? StringOf(JsonElement element, string name)
            => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
