namespace Landscape.Api.Http;

/// <summary>Limits of the GraphQL endpoint (section `GraphQL` of the configuration).</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest accepted POST body.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>A request still executing after this long is cancelled with a clear error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxDepth { get; set; } = 15;

    /// <summary>How many distinct validated documents to keep parsed (0 turns the cache off).</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>Introspection is on by default: this is a public catalog and clients rely on it.</summary>
    public bool EnableIntrospection { get; set; } = true;
}
