namespace Landscape.Api.Graph.Limits;

/// <summary>Limits of the GraphQL endpoint (section `GraphQL` of the configuration).</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest accepted POST body.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>A request still executing after this long is cancelled with a clear error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest accepted query text, in characters.</summary>
    public int MaxQueryChars { get; set; } = 20_000;

    /// <summary>Aliased fields in one document (alias bombs multiply work without nesting).</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>Root fields of one operation.</summary>
    public int MaxRootFields { get; set; } = 20;

    /// <summary>Items of any list given as an argument or a variable.</summary>
    public int MaxListItems { get; set; } = 250;

    public int MaxDepth { get; set; } = 15;

    /// <summary>How many requests that draw the whole landscape map may execute and write their response at the same time.</summary>
    public int HeavyRequestConcurrency { get; set; } = Math.Max(Environment.ProcessorCount, 2);

    /// <summary>How many dashboard aggregate statements may run in PostgreSQL at the same time.</summary>
    public int AggregateConcurrency { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>How many distinct validated documents to keep parsed (0 turns the cache off).</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>Introspection is on by default: this is a public catalog and clients rely on it.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>"Did you mean …?" in validation errors; turn off together with introspection to keep the schema private.</summary>
    public bool EnableFieldSuggestions { get; set; } = true;
}
