using System;
using System.IO;
using ConversationHooks.Tools.BindingsGenerator;

// Rewrites the "bindings" of webhook-spec.json from the Twilio SDK this project references.
//   dotnet run --project tools/BindingsGenerator [-- [--check] [path/to/webhook-spec.json]]
var check = Array.IndexOf(args, "--check") >= 0;
var specPath = Array.Find(args, a => !a.StartsWith("--", StringComparison.Ordinal)) ?? FindSpec();
var bindings = SdkBindings.Read(typeof(Twilio.TwilioClient).Assembly);
var before = File.ReadAllText(specPath);
var after = BindingsJson.ReplaceIn(before, bindings);
var sdk = typeof(Twilio.TwilioClient).Assembly.GetName().Version;

if (before == after)
{
    Console.WriteLine($"{specPath}: {bindings.Count} bindings, in step with Twilio {sdk}.");
    return 0;
}

if (check)
{
    Console.Error.WriteLine($"{specPath}: its bindings differ from Twilio {sdk}'s; run: dotnet run --project tools/BindingsGenerator");
    return 1;
}

File.WriteAllText(specPath, after);
Console.WriteLine($"{specPath}: {bindings.Count} bindings written from Twilio {sdk}; review the diff.");
return 0;

// The repository's spec, found from the working directory up.
static string FindSpec()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        var spec = Path.Combine(dir.FullName, "webhook-spec.json");
        if (File.Exists(spec) && File.Exists(Path.Combine(dir.FullName, "ConversationHooks.sln")))
        {
            return spec;
        }
    }

    throw new FileNotFoundException("No webhook-spec.json beside ConversationHooks.sln above the working directory; pass its path.");
}
