namespace Landscape.Data.Entities;

/// <summary>An entity analysts edit: a version checked on update and bumped on every save.</summary>
public interface IVersioned
{
    int Version { get; set; }

    DateTimeOffset CreatedAt { get; set; }

    DateTimeOffset UpdatedAt { get; set; }
}
