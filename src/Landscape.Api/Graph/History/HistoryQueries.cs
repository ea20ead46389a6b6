using GraphQL;
using GraphQL.Types;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.History;

public sealed class HistoryQueries : IQueryFields
{
    public void Register(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ChangeConnectionGraphType>>("changes")
            .Description("The history of writes, newest first: all of it, or that of one entry.")
            .Argument<IdGraphType>("entityId", "Only the changes of this entry (a global id).")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                string? type = null;
                var id = 0;
                if (c.GetArgument<string?>("entityId") is { } entityId && !GlobalId.TryDecode(entityId, out type, out id))
                {
                    throw new ExecutionError("`entityId` is not a valid id.") { Code = ApiErrorCodes.InvalidId };
                }
                return await new KeysetPager<Change, long>(ChangesByEntityLoader.Order, x => x.Id, x => (int)x.Id, descending: true)
                    .PageAsync(c.ReadContexts(), db => db.Changes.AsNoTracking().Where(x => type == null || (x.EntityType == type && x.EntityId == id)),
                        Paging.From(c), c.CancellationToken);
            });
}
