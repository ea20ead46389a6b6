namespace Landscape.Data;

/// <summary>
/// The per-request (per DI scope) switch behind read-your-writes: once the request has written,
/// or is a GraphQL mutation, its reads go to the primary, because a replica may not have the
/// write yet. <see cref="ReadDbContextFactory"/> reads it.
/// </summary>
public sealed class ReadYourWrites
{
    // Bound to the request's async flow by <see cref="Enter"/>, so the EF interceptor on the
    // primary (<see cref="WriteDetector"/>), which has no DI scope of its own, can flip it.
    private static readonly AsyncLocal<ReadYourWrites?> Ambient = new();
    private volatile bool _wrote;

    /// <summary>True once this request has written (or declared it will): its reads go to the primary.</summary>
    public bool Wrote => _wrote;

    internal static ReadYourWrites? Current => Ambient.Value;

    public void MarkWritten() => _wrote = true;

    /// <summary>Makes this the switch that writes in the current async flow (the request) flip.</summary>
    public void Enter() => Ambient.Value = this;
}
