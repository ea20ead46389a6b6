using System.Diagnostics;

namespace Landscape.Tests.Infrastructure;

/// <summary>Runs the real service binary with a verb, as an operator would.</summary>
public static class ServiceBinary
{
    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        /// <summary>The non-empty lines of standard output.</summary>
        public string[] OutputLines => Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        /// <summary>The non-empty lines of standard error.</summary>
        public string[] ErrorLines => Errors.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
    }

    public static Task<Result> RunAsync(string connectionString, params string[] arguments) =>
        RunAsync(new Dictionary<string, string?> { ["ConnectionStrings__Landscape"] = connectionString }, arguments);

    /// <summary>With these environment variables set (a null value: unset) on top of the test run's.</summary>
    public static Task<Result> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        RunAsync(StartInfo(environment, AppContext.BaseDirectory, arguments));

    /// <summary>`dotnet Landscape.Api.dll arguments…` (the build output next to the tests) in <paramref name="workingDirectory"/>.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> environment, string workingDirectory, params string[] arguments) =>
        Dotnet(environment, workingDirectory, [Path.Combine(AppContext.BaseDirectory, "Landscape.Api.dll"), .. arguments]);

    /// <summary>The `dotnet` command with <paramref name="arguments"/>, the environment changed as for <see cref="RunAsync(IReadOnlyDictionary{string, string?}, string[])"/>.</summary>
    public static ProcessStartInfo Dotnet(IReadOnlyDictionary<string, string?> environment, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return start;
    }

    /// <summary>Runs the process to its end (at most a minute) and collects what it printed.</summary>
    public static async Task<Result> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await errors);
    }
}
