namespace Landscape.Bench;

/// <summary>A benchmark scale: the product count, with everything else proportional to it (issue 7).</summary>
public sealed record Scale(string Name, int Products)
{
    public int Organizations => Products / 2;
    public int FundingRounds => Products * 3;
    public int UsageFacts => Products * 10;
    public int Models => Math.Max(Products / 10, 1);
    public int Sources => Products / 5 + 10;

    public static Scale Parse(string name) => name.ToUpperInvariant() switch
    {
        "S" => new Scale("S", 1_000),
        "M" => new Scale("M", 10_000),
        "L" => new Scale("L", 100_000),
        _ => throw new ArgumentException($"Unknown scale '{name}': use S, M or L.", nameof(name)),
    };
}
