using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ConversationHooks.Spec.Model;

namespace ConversationHooks.Analyzers.Tests.TestHelpers;

/// <summary>
/// The members a spec binds that an SDK assembly does not have: a type, a method, a parameter that
/// none of the binding's methods takes, or a property without a public setter (properties are
/// checked where they are assigned, so one that cannot be assigned binds nothing).
/// </summary>
internal static class BoundMembers
{
    public static IReadOnlyList<string> Missing(WebhookSpec spec, Assembly sdk)
    {
        var missing = new List<string>();
        foreach (var binding in spec.Bindings)
        {
            var type = sdk.GetType(binding.Type);
            if (type is null)
            {
                missing.Add($"type {binding.Type}");
                continue;
            }

            var methods = binding.Methods.SelectMany(name => MethodsNamed(type, name, missing)).ToList();
            foreach (var parameter in binding.Parameters)
            {
                if (!methods.Any(m => m.GetParameters().Any(p => p.Name == parameter.Name)))
                {
                    missing.Add($"parameter {binding.Type}({string.Join("|", binding.Methods)}).{parameter.Name}");
                }
            }

            foreach (var property in binding.Properties)
            {
                if (type.GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)?.SetMethod is not { IsPublic: true })
                {
                    missing.Add($"settable property {binding.Type}.{property.Name}");
                }
            }
        }

        return missing;
    }

    private static IEnumerable<MethodBase> MethodsNamed(System.Type type, string name, List<string> missing)
    {
        var methods = name == ".ctor"
            ? type.GetConstructors().Cast<MethodBase>().ToList()
            : type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).Where(m => m.Name == name).Cast<MethodBase>().ToList();
        if (methods.Count == 0)
        {
            missing.Add($"method {type.FullName}.{name}");
        }

        return methods;
    }
}
