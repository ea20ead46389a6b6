namespace Landscape.Tests.Commands;

/// <summary>The environment of an operator's shell, whatever the test run's own: Production, nothing configured.</summary>
internal static class OperatorEnvironment
{
    public static Dictionary<string, string?> Production(string? connectionString = null) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = null,
        ["ConnectionStrings__Landscape"] = connectionString,
        ["LANDSCAPE_PG_PORT"] = null,
    };
}
