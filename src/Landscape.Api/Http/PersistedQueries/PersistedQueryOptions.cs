namespace Landscape.Api.Http.PersistedQueries;

/// <summary>Section `PersistedQueries` of the configuration.</summary>
public sealed class PersistedQueryOptions
{
    public const string Section = "PersistedQueries";

    /// <summary>
    /// Apollo's automatic persisted queries: a client may register any query under its hash on
    /// first use. Off by default: then only the allowlist in PersistedQueries/ is known by hash.
    /// </summary>
    public bool AllowAutomatic { get; set; }

    /// <summary>Automatically registered documents kept in memory at most; the oldest go first.</summary>
    public int MaxAutomatic { get; set; } = 1000;
}
