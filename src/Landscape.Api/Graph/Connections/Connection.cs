using GraphQL.Types.Relay.DataObjects;

namespace Landscape.Api.Graph.Connections;

/// <summary>A page of a list: edges with cursors, page info, and a total counted only when asked for.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> totalCount)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public PageInfo PageInfo { get; } = pageInfo;

    public Task<int> CountAsync(CancellationToken cancellationToken) => totalCount(cancellationToken);
}

public sealed record Edge<T>(string Cursor, T Node);
