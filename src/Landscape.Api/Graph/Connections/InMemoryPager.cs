using GraphQL.Types.Relay.DataObjects;

namespace Landscape.Api.Graph.Connections;

/// <summary>
/// Pages a child list that a batch loader fetched whole for many parents at once (a product's
/// usage history, an organization's rounds): small per parent, so one query serves every
/// parent of the request and the cursor logic stays the same as for root lists.
/// </summary>
public static class InMemoryPager
{
    public static Connection<T> Page<T, TKey>(IReadOnlyList<T> ordered, Paging paging, string order,
        Func<T, TKey> sortKey, Func<T, int> id)
    {
        var start = 0;
        var end = ordered.Count;
        if (paging.After is { } after)
        {
            var (_, afterId) = Cursor.Decode(after, order, "after");
            var index = IndexOf(ordered, id, afterId);
            start = index < 0 ? end : index + 1;
        }
        if (paging.Before is { } before)
        {
            var (_, beforeId) = Cursor.Decode(before, order, "before");
            var index = IndexOf(ordered, id, beforeId);
            end = index < 0 ? end : Math.Max(start, index);
        }
        var window = ordered.Skip(start).Take(end - start).ToList();
        var page = paging.Backward ? window.TakeLast(paging.Size).ToList() : window.Take(paging.Size).ToList();
        var edges = page.Select(n => new Edge<T>(Cursor.Encode(order, sortKey(n), id(n)), n)).ToList();
        var first = start + (paging.Backward ? window.Count - page.Count : 0);
        var pageInfo = new PageInfo
        {
            HasPreviousPage = first > 0,
            HasNextPage = first + page.Count < ordered.Count,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new Connection<T>(edges, pageInfo, _ => Task.FromResult(ordered.Count));
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, int> id, int wanted)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (id(items[i]) == wanted)
            {
                return i;
            }
        }
        return -1;
    }
}
