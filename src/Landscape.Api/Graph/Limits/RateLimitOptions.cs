namespace Landscape.Api.Graph.Limits;

/// <summary>Section `RateLimit`: each caller's budget of cost points (see extensions.cost).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Points a caller can spend in a burst (a full bucket). Above the largest query cost.</summary>
    public int TokenLimit { get; set; } = 100_000;

    /// <summary>Points returned to each bucket per second.</summary>
    public int TokensPerSecond { get; set; } = 2_000;

    /// <summary>A mutation costs this many times its computed cost: writes are dearer than reads.</summary>
    public int WriteMultiplier { get; set; } = 10;
}
