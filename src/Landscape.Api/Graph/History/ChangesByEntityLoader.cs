using GraphQL;
using GraphQL.DataLoader;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.History;

/// <summary>The history of each entry of one kind, newest first.</summary>
public sealed class ChangesByEntityLoader(ReadDbContextFactory contexts, ChangesByEntityLoader.Kind kind)
    : ListBatchLoader<int, Change>
{
    public const string Order = "change_desc";

    public sealed record Kind(string EntityType);

    public static IDataLoaderResult<Connection<Change>> Page(IResolveFieldContext context, string entityType, int id)
    {
        var paging = Paging.From(context);
        return context.RequestServices!.GetRequiredService<DataLoaders>().Get<ChangesByEntityLoader>(new Kind(entityType)).Load(id)
            .Then(changes => InMemoryPager.Page(changes!, paging, Order, c => c.Id, c => (int)c.Id));
    }

    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Change>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Changes.AsNoTracking()
            .Where(c => c.EntityType == kind.EntityType).WhereKeyIn(keys, c => c.EntityId)
            .OrderByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        return ListsBy(rows, c => c.EntityId);
    }
}
