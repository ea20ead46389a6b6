namespace Landscape.Api.Hosting;

/// <summary>Section `Landscape` of the configuration.</summary>
public sealed class LandscapeOptions
{
    public const string Section = "Landscape";

    /// <summary>Apply pending migrations before serving (true in Development).</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Load seed/ before serving (true in Development).</summary>
    public bool SeedOnStartup { get; set; }

    /// <summary>The seed folder; by default the `seed` folder next to the app or above the working directory.</summary>
    public string? SeedPath { get; set; }

    /// <summary>PostgreSQL statement_timeout of the service's queries.</summary>
    public TimeSpan StatementTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long in-flight requests may take to finish after SIGTERM; keep it below the
    /// orchestrator's grace period (Kubernetes: terminationGracePeriodSeconds minus the preStop sleep).
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(25);
}
