namespace Landscape.Data.Writing;

/// <summary>
/// A field of a partial write: given (with its value, which may be null to clear it) or not given
/// at all (the entry keeps what it has). Mutations fill only what the caller sent; seed entries
/// fill every key they write.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "The name C# readers know for this (and the issue asks for); no VB consumers.")]
public readonly record struct Optional<T> : IOptional
{
    public Optional(T value)
    {
        HasValue = true;
        Value = value;
    }

    public bool HasValue { get; }

    /// <summary>The given value; meaningless unless <see cref="HasValue"/>.</summary>
    public T Value { get; }

    /// <summary>The given value, or <paramref name="current"/> when none was given.</summary>
    public T Or(T current) => HasValue ? Value : current;

    object? IOptional.Value => Value;

    public static implicit operator Optional<T>(T value) => new(value);
}
