namespace Landscape.Tests.Infrastructure;

/// <summary>An API over the seeded database, shared by the read-only tests of a class.</summary>
public abstract class SeededApiTests(DatabaseFixture database) : IAsyncLifetime
{
    private LandscapeApiFactory? _factory;

    protected HttpClient Client { get; private set; } = null!;

    protected LandscapeApiFactory Factory => _factory ?? throw new InvalidOperationException("Not initialized.");

    protected DatabaseFixture Database => database;

    public async Task InitializeAsync()
    {
        _factory = new LandscapeApiFactory(await database.SeededAsync());
        Client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
