namespace Landscape.Data.Seed;

/// <summary>Something wrong in the seed data, with where it is and a stable code.</summary>
public sealed record SeedProblem(string File, int Line, string Field, string Code, string Message)
{
    public override string ToString() =>
        Field.Length == 0 ? $"{File}:{Line}: {Message} [{Code}]" : $"{File}:{Line}: {Field}: {Message} [{Code}]";
}
