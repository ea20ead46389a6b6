namespace Landscape.Data.Seed;

/// <summary>An entry of a seed file, which knows where it was written so problems can point at it.</summary>
public abstract class SeedEntry
{
    public string File { get; set; } = "";

    public int Line { get; set; }
}
