using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConversationHooks.Generator.Tests.TestHelpers;

/// <summary>
/// ASP.NET Core's reference assemblies from the SDK's targeting pack (packs/Microsoft.AspNetCore.App.Ref, the
/// newest version for this runtime's major version): offline, as Basic.Reference.Assemblies has no ASP.NET Core set.
/// </summary>
internal static class AspNetCoreReferenceAssemblies
{
    public static IReadOnlyList<MetadataReference> All { get; } = Load();

    private static IReadOnlyList<MetadataReference> Load()
    {
        // <dotnet root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.AspNetCore.App.Ref");
        var major = Environment.Version.Major + ".";
        var version = Directory.GetDirectories(packs).Select(Path.GetFileName).Where(v => v!.StartsWith(major, StringComparison.Ordinal)).OrderBy(v => Version.Parse(v!)).Last();
        var folder = Path.Combine(packs, version!, "ref", "net" + Environment.Version.Major + ".0");
        return Directory.GetFiles(folder, "*.dll").Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToList();
    }
}
