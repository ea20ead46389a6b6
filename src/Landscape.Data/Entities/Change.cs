namespace Landscape.Data.Entities;

/// <summary>One write, recorded in the same transaction as the write itself.</summary>
public sealed class Change
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string EntityType { get; set; }
    public int EntityId { get; set; }
    public ChangeAction Action { get; set; }

    /// <summary>The entity's fields before the write, as a JSON object (jsonb); null on create.</summary>
    public string? Before { get; set; }

    /// <summary>The entity's fields after the write (jsonb); null on delete.</summary>
    public string? After { get; set; }
}
