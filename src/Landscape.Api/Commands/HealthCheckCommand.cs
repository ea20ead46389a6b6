namespace Landscape.Api.Commands;

/// <summary>
/// `healthcheck [URL]`: GETs the running server's /healthz and exits 0 on a 2xx, 1 otherwise —
/// for Docker's HEALTHCHECK, since the runtime image has no curl or wget. Runs without building
/// the host, so it needs no configuration and costs a few milliseconds.
/// </summary>
public static class HealthCheckCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var url = args.FirstOrDefault(a => !a.StartsWith('-')) ?? DefaultUrl();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(new Uri(url));
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }
            await Console.Error.WriteLineAsync($"{url}: HTTP {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await Console.Error.WriteLineAsync($"{url}: {e.Message}");
        }
        return 1;
    }

    /// <summary>The first of ASPNETCORE_HTTP_PORTS (the container images' setting), else 8080, on loopback.</summary>
    private static string DefaultUrl()
    {
        var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS")?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries);
        var port = ports is { Length: > 0 } ? ports[0].Trim() : "8080";
        return $"http://127.0.0.1:{port}/healthz";
    }
}
