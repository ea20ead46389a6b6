namespace Landscape.Data.Writing;

/// <summary>An <see cref="Optional{T}"/> of any type, for code that copies fields without knowing their types.</summary>
public interface IOptional
{
    bool HasValue { get; }

    object? Value { get; }
}
