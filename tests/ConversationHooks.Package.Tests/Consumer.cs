using System.IO;
using System.Threading.Tasks;

namespace ConversationHooks.Package.Tests;

/// <summary>A throw-away folder of consumer projects that restore ConversationHooks from the test feed.</summary>
public sealed class Consumer
{
    private Consumer(string root, PackedPackage package)
    {
        Root = root;
        Package = package;
    }

    public string Root { get; }

    public PackedPackage Package { get; }

    public static async Task<Consumer> CreateAsync(string name)
    {
        var package = await PackedPackage.GetAsync();
        var root = Path.Combine(Path.GetDirectoryName(package.Feed)!, name);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        var consumer = new Consumer(root, package);
        consumer.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="conversationhooks-tests" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
        // Keep the consumers independent of any Directory.Build.* above the temp folder.
        consumer.Write("Directory.Build.props", "<Project />");
        consumer.Write("Directory.Build.targets", "<Project />");
        return consumer;
    }

    /// <summary>A project file referencing the package; <paramref name="extra"/> goes into its property group.</summary>
    public string Project(string project, string extra = "", string items = "", string targetFramework = "net10.0", string outputType = "Exe", bool referencePackage = true)
        => Write($"{project}/{project}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <ImplicitUsings>disable</ImplicitUsings>
                {extra}
              </PropertyGroup>
              <ItemGroup>
                {(referencePackage ? $"<PackageReference Include=\"ConversationHooks\" Version=\"{Package.Version}\" />" : string.Empty)}
                {items}
              </ItemGroup>
            </Project>
            """);

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public Task<CommandResult> BuildAsync(string project) => DotNet.RunAsync(Root, "build", project, "-nologo");

    public Task<CommandResult> RunAsync(string project) => DotNet.RunAsync(Root, "run", "--no-build", "--project", project);
}
