using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Landscape.Api.Graph.Connections;

/// <summary>A Relay connection: edges, nodes, pageInfo and totalCount.</summary>
public abstract class ConnectionGraphType<TNodeType, TEdgeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
    where TEdgeType : EdgeGraphType<TNodeType, TNode>
{
    protected ConnectionGraphType(string nodeName)
    {
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} entries.";
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many entries match, over all pages.")
            .ResolveAsync(async ctx => await ctx.Source.CountAsync(ctx.CancellationToken));
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where this page sits: cursors of its first and last edge, and whether there are more.")
            .Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges")
            .Description("The entries of this page, each with its cursor.")
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The entries of this page, without cursors.")
            .Resolve(ctx => ctx.Source.Edges.Select(e => e.Node));
    }
}

/// <summary>An entry of a connection with its cursor.</summary>
public abstract class EdgeGraphType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>> where TNodeType : IGraphType
{
    protected EdgeGraphType(string nodeName)
    {
        Name = $"{nodeName}Edge";
        Description = $"A {nodeName} with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Opaque position of this entry; pass it as `after` or `before`.")
            .Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {nodeName}.").Resolve(ctx => ctx.Source.Node);
    }
}
