namespace Landscape.Data.Entities;

/// <summary>An entity with its own integer id (global ids and batch loaders rely on it).</summary>
public interface IEntity
{
    int Id { get; }
}
