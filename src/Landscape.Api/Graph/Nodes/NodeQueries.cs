using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Nodes;

/// <summary>Relay's `node(id:)` and `nodes(ids:)`: fetch anything again by its global id.</summary>
public sealed class NodeQueries : IQueryFields
{
    public const int MaxIds = 100;

    public void Register(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("The object with this global id; null when it no longer exists.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from any `id` field.")
            .Resolve(c => Load(c, c.GetArgument<string>("id"), "id"));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"The objects with these global ids, in the same order (null where one no longer exists); at most {MaxIds}.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new ExecutionError($"`ids` may hold at most {MaxIds} ids.") { Code = ApiErrorCodes.InvalidArgument };
                }
                var pending = ids.Select((id, i) => Load(c, id, $"ids[{i}]")).ToList();
                return new AllOf(pending);
            });
    }

    private static IDataLoaderResult<object?> Load(IResolveFieldContext context, string globalId, string argument)
    {
        if (!GlobalId.TryDecode(globalId, out var type, out var id))
        {
            throw new ExecutionError($"`{argument}` is not a valid id.") { Code = ApiErrorCodes.InvalidId };
        }
        return type switch
        {
            "Product" => Box(context.Loader<EntityByIdLoader<Product>>().Load(id)),
            "Organization" => Box(context.Loader<EntityByIdLoader<Organization>>().Load(id)),
            "Model" => Box(context.Loader<EntityByIdLoader<Model>>().Load(id)),
            "Category" => Box(context.Loader<EntityByIdLoader<Category>>().Load(id)),
            "FundingRound" => Box(context.Loader<EntityByIdLoader<FundingRound>>().Load(id)),
            "UsageMetric" => Box(context.Loader<EntityByIdLoader<UsageMetric>>().Load(id)),
            _ => throw new ExecutionError($"`{argument}` is not the id of a node.") { Code = ApiErrorCodes.InvalidId },
        };
    }

    private static IDataLoaderResult<object?> Box<T>(IDataLoaderResult<T?> result) where T : class => result.Then(v => (object?)v);

    /// <summary>Waits for several pending loads; they were all queued first, so each loader still runs once.</summary>
    private sealed class AllOf(List<IDataLoaderResult<object?>> results) : IDataLoaderResult<List<object?>>
    {
        public async Task<List<object?>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<object?>(results.Count);
            foreach (var result in results)
            {
                values.Add(await result.GetResultAsync(cancellationToken));
            }
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
