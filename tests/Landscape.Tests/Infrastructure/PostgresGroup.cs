namespace Landscape.Tests.Infrastructure;

/// <summary>Every test that needs PostgreSQL shares one server (<see cref="DatabaseFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "PostgreSQL";
}
