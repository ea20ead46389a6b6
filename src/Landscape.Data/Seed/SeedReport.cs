namespace Landscape.Data.Seed;

/// <summary>What a load did, per kind of entry.</summary>
public sealed class SeedReport
{
    public static readonly string[] Kinds =
        ["sources", "categories", "organizations", "models", "lineage", "products", "funding_rounds", "usage_metrics"];

    public Dictionary<string, SeedCount> Counts { get; } = Kinds.ToDictionary(k => k, _ => new SeedCount());

    public bool Changed => Counts.Values.Any(c => c.Created + c.Updated > 0);

    public override string ToString() =>
        string.Join(Environment.NewLine, Counts.Select(c =>
            $"{c.Key,-15} {c.Value.Created,5} created {c.Value.Updated,5} updated {c.Value.Unchanged,5} unchanged"));
}

public sealed class SeedCount
{
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
}
