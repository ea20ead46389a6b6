using System.Diagnostics;
using System.Net;
using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Commands;

/// <summary>
/// The binary reads the settings installed beside it, whatever folder it is started from: its
/// appsettings.json keeps ASP.NET Core's per-request logs (Information) out of the log.
/// </summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("landscape-cwd-").FullName;

    [Fact]
    public async Task Started_from_another_folder_the_server_uses_its_own_appsettings()
    {
        var port = PostgresServer.FreePort();
        var start = ServiceBinary.StartInfo(OperatorEnvironment.Production(LandscapeApiFactory.NoDatabase), _elsewhere,
            "--urls", $"http://127.0.0.1:{port}");
        using var process = Process.Start(start)!;
        var output = new List<string>();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            lock (output)
            {
                output.Add(e.Data);
            }
            if (e.Data.Contains("Now listening on", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"))).StatusCode);
        }
        finally
        {
            // SIGTERM: the host stops gracefully and the console log is flushed.
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
        }

        string log;
        lock (output)
        {
            log = string.Join('\n', output);
        }
        var report = $"{log}\n--- stderr\n{await errors}";
        // appsettings.json sets Microsoft.AspNetCore to Warning; without it every request is logged.
        Assert.True(!log.Contains("Request starting", StringComparison.Ordinal), report);
        Assert.True(!log.Contains("Microsoft.AspNetCore.Hosting.Diagnostics", StringComparison.Ordinal), report);
        Assert.Contains("Content root path: " + AppContext.BaseDirectory, log, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_elsewhere, recursive: true);
}
