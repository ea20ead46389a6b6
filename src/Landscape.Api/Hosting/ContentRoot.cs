namespace Landscape.Api.Hosting;

/// <summary>
/// Where the host reads appsettings*.json from. ASP.NET Core's default is the working directory,
/// so `cd /tmp &amp;&amp; dotnet /app/Landscape.Api.dll` ran without its settings (and logged every
/// request at Information, a third of its throughput). Here it is the folder the binary is
/// installed in (for `dotnet run`, the build output, where the settings are copied), unless the
/// content root is set explicitly: `--contentRoot`, ASPNETCORE_CONTENTROOT or DOTNET_CONTENTROOT.
/// </summary>
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsSetExplicitly(args) ? null : AppContext.BaseDirectory,
    };

    private static bool IsSetExplicitly(string[] args) =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"))
        || args.Any(a => a.TrimStart('-', '/').Split('=')[0].Equals("contentRoot", StringComparison.OrdinalIgnoreCase));
}
