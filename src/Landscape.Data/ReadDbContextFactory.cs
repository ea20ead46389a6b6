using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Landscape.Data;

/// <summary>
/// Contexts for read-only work (the GraphQL read resolvers and batch loaders): from the read
/// replica's pool when `ConnectionStrings:LandscapeRead` is set, otherwise — and for the rest of
/// a request that has written — from the primary's. Anything that writes uses the primary's
/// <see cref="IDbContextFactory{TContext}"/> (or the scoped <see cref="LandscapeDbContext"/>).
/// </summary>
public sealed class ReadDbContextFactory(
    IDbContextFactory<LandscapeDbContext> primary,
    [FromKeyedServices(DataServiceCollectionExtensions.ReadReplica)] IDbContextFactory<LandscapeDbContext> replica,
    ReadYourWrites writes) : IDbContextFactory<LandscapeDbContext>
{
    public LandscapeDbContext CreateDbContext() => (writes.Wrote ? primary : replica).CreateDbContext();

    public Task<LandscapeDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        (writes.Wrote ? primary : replica).CreateDbContextAsync(cancellationToken);
}
