using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Runtime.Loader;
using CsCheck;

namespace ConversationHooks.Runtime.Tests;

/// <summary>
/// The netstandard2.0 build of the runtime, loaded on its own beside the net8.0 one the other tests
/// use: its encoder scans without <c>SearchValues</c>, and it must give the same bytes.
/// </summary>
public class NetStandardBuildTests
{
    private delegate bool TryEncodeFunc(ReadOnlySpan<char> value, Span<char> destination, out int charsWritten);

    internal static readonly Assembly NetStandard = Load();

    private static readonly Func<string, string> Encode = Method<Func<string, string>>("Encode");

    private static readonly TryEncodeFunc TryEncode = Method<TryEncodeFunc>("TryEncode");

    private static readonly Gen<string> WireText = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["&=+% .-_!*()~'/?#:"], 0, 40],
        Gen.Char.Array[0, 30].Select(chars => new string(chars)));

    private static Assembly Load()
    {
        var path = typeof(NetStandardBuildTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ConversationHooks.NetStandardRuntime").Value!;
        var context = new AssemblyLoadContext("netstandard2.0 runtime", isCollectible: false);
        return context.LoadFromAssemblyPath(path);
    }

    private static T Method<T>(string name)
        where T : Delegate
    {
        var type = NetStandard.GetType("ConversationHooks.FormEncoding", throwOnError: true)!;
        var invoke = typeof(T).GetMethod("Invoke")!;
        var method = type.GetMethod(name, invoke.GetParameters().Select(p => p.ParameterType).ToArray())!;
        return method.CreateDelegate<T>();
    }

    [Fact]
    public void The_loaded_assembly_is_the_netstandard_build()
    {
        var framework = NetStandard.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()!.FrameworkName;
        Assert.Equal(".NETStandard,Version=v2.0", framework);
        Assert.NotSame(typeof(FormEncoding).Assembly, NetStandard);
    }

    [Fact]
    public void Encode_matches_WebUtility_UrlEncode_byte_for_byte()
        => WireText.Sample(text => Assert.Equal(WebUtility.UrlEncode(text), Encode(text)), iter: 5_000);

    [Fact]
    public void TryEncode_fits_exactly_when_the_destination_holds_the_encoding()
        => Gen.Select(WireText, Gen.Int[0, 4]).Sample((text, slack) =>
        {
            var expected = WebUtility.UrlEncode(text);
            var destination = new char[Math.Max(0, expected.Length - slack)];
            var fits = TryEncode(text.AsSpan(), destination, out var written);
            Assert.Equal(destination.Length == expected.Length, fits);
            Assert.Equal(fits ? expected : string.Empty, new string(destination, 0, written));
        }, iter: 5_000);

    [Fact]
    public void WebhookForm_reads_and_rejects_exactly_what_the_net8_build_does()
    {
        // The netstandard2.0 build has no non-throwing UTF-8 decoder and no span parsing: a form it
        // reads must have the same pairs, and one it rejects the same error.
        var tryParse = NetStandard.GetType("ConversationHooks.WebhookForm", throwOnError: true)!.GetMethod("TryParse")!;
        var text = Gen.OneOf(WireText, Gen.String[Gen.Char["&=+%2AcéF"], 0, 30]);
        text.Sample(body =>
        {
            var ours = WebhookForm.TryParse(body, out var form, out var error);
            var arguments = new object?[] { body, null, null };
            var theirs = (bool)tryParse.Invoke(null, arguments)!;

            Assert.Equal(ours, theirs);
            Assert.Equal(error, arguments[2]);
            if (ours)
            {
                Assert.Equal(form!, (IEnumerable<KeyValuePair<string, string>>)arguments[1]!);
            }
        }, iter: 5_000);
    }
}
