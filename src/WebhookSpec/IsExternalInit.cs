// Lets netstandard2.0 assemblies declare records and init-only properties.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
