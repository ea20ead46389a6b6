namespace Landscape.Api.Hosting;

/// <summary>
/// Set as soon as the host begins to stop (SIGTERM): /readyz answers 503 from then on, so load
/// balancers stop sending new requests while Kestrel lets the in-flight ones finish
/// (within <see cref="LandscapeOptions.ShutdownTimeout"/>).
/// </summary>
public sealed class Draining
{
    private volatile bool _draining;

    public Draining(IHostApplicationLifetime lifetime) => lifetime.ApplicationStopping.Register(() => _draining = true);

    public bool IsDraining => _draining;
}
