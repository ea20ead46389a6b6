namespace Landscape.Data.Writing;

/// <summary>The entry a reference names, or why there is none (a code and a message for the caller).</summary>
public readonly record struct Found<T>(T? Entry, string Code, string Message) where T : class
{
    public Found(T entry) : this(entry, "", "")
    {
    }
}
