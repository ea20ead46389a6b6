using System.Linq.Expressions;
using System.Text.Json;
using GraphQL.Types.Relay.DataObjects;
using Landscape.Data;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Connections;

/// <summary>
/// Keyset pagination over an EF query ordered by one sort key and the id as a unique
/// tiebreaker: a page is "key/id strictly after the cursor", so concurrent inserts never make
/// a page skip or repeat an entry, and no OFFSET scan grows with the page number.
/// </summary>
/// <param name="shape">The columns to read of each row (all when null): a projection applied last, after filtering and ordering.</param>
public sealed class KeysetPager<T, TKey>(
    string order, Expression<Func<T, TKey>> sortKey, Expression<Func<T, int>> id, bool descending,
    Expression<Func<T, T>>? shape = null)
    where TKey : notnull
{
    // The sort key and the id are read from the database with the row: the key may be computed
    // there (a sum, a latest value), and reading the id needs no delegate compiled per request.
    private readonly Expression<Func<T, Keyed>> _withKey = Expression.Lambda<Func<T, Keyed>>(
        Expression.MemberInit(Expression.New(typeof(Keyed)),
            Expression.Bind(typeof(Keyed).GetProperty(nameof(Keyed.Row))!,
                shape is null ? sortKey.Parameters[0] : new ParameterReplacer(shape.Parameters[0], sortKey.Parameters[0]).Visit(shape.Body)),
            Expression.Bind(typeof(Keyed).GetProperty(nameof(Keyed.Key))!, sortKey.Body),
            Expression.Bind(typeof(Keyed).GetProperty(nameof(Keyed.Id))!, new ParameterReplacer(id.Parameters[0], sortKey.Parameters[0]).Visit(id.Body))),
        sortKey.Parameters[0]);

    /// <summary>One page of <paramref name="source"/>; each query gets its own context, so root fields can run in parallel.</summary>
    public Task<Connection<T>> PageAsync(ReadDbContextFactory contexts,
        Func<LandscapeDbContext, IQueryable<T>> source, Paging paging, CancellationToken cancellationToken) =>
        DatabaseAvailability.ReadAsync(() => FetchPageAsync(contexts, source, paging, cancellationToken), cancellationToken);

    private async Task<Connection<T>> FetchPageAsync(ReadDbContextFactory contexts,
        Func<LandscapeDbContext, IQueryable<T>> source, Paging paging, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = source(db);
        if (paging.After is { } after)
        {
            query = query.Where(Beyond(Cursor.Decode(after, order, "after"), forward: true));
        }
        if (paging.Before is { } before)
        {
            query = query.Where(Beyond(Cursor.Decode(before, order, "before"), forward: false));
        }
        var backward = paging.Backward;
        var rows = paging.Size == 0
            ? []
            : await Order(query, descending ^ backward).Take(paging.Size + 1).Select(_withKey).ToListAsync(cancellationToken);
        var hasMore = rows.Count > paging.Size;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        if (backward)
        {
            rows.Reverse();
        }
        var edges = rows.Select(r => new Edge<T>(Cursor.Encode(order, r.Key, r.Id), r.Row)).ToList();
        var pageInfo = new PageInfo
        {
            HasNextPage = backward ? paging.Before is not null : hasMore,
            HasPreviousPage = backward ? hasMore : paging.After is not null,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new Connection<T>(edges, pageInfo, async ct =>
        {
            await using var countDb = await contexts.CreateDbContextAsync(ct);
            return await source(countDb).CountAsync(ct);
        });
    }

    private IQueryable<T> Order(IQueryable<T> query, bool desc) =>
        desc
            ? query.OrderByDescending(sortKey).ThenByDescending(id)
            : query.OrderBy(sortKey).ThenBy(id);

    /// <summary>key &gt; k OR (key = k AND id &gt; i), with the comparisons flipped for descending or backward.</summary>
    private Expression<Func<T, bool>> Beyond((JsonElement Value, int Id) cursor, bool forward)
    {
        TKey keyValue;
        try
        {
            keyValue = cursor.Value.Deserialize<TKey>() ?? throw new JsonException();
        }
        catch (JsonException)
        {
            throw new GraphQL.ExecutionError("Invalid cursor: its sort value does not fit this list.") { Code = ApiErrorCodes.InvalidCursor };
        }
        var greater = forward ^ descending;
        var row = sortKey.Parameters[0];
        var key = sortKey.Body;
        var idBody = new ParameterReplacer(id.Parameters[0], row).Visit(id.Body);
        var k = Expression.Constant(keyValue, typeof(TKey));
        var i = Expression.Constant(cursor.Id);
        var keyBeyond = Compare(key, k, greater);
        var keyEqual = Expression.Equal(key, k);
        var idBeyond = greater ? Expression.GreaterThan(idBody, i) : Expression.LessThan(idBody, i);
        return Expression.Lambda<Func<T, bool>>(
            Expression.OrElse(keyBeyond, Expression.AndAlso(keyEqual, idBeyond)), row);
    }

    private static BinaryExpression Compare(Expression left, Expression right, bool greater)
    {
        if (typeof(TKey) == typeof(string))
        {
            // EF translates string.Compare(a, b) > 0 into a > b.
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right);
            var zero = Expression.Constant(0);
            return greater ? Expression.GreaterThan(compare, zero) : Expression.LessThan(compare, zero);
        }
        return greater ? Expression.GreaterThan(left, right) : Expression.LessThan(left, right);
    }

    private sealed class Keyed
    {
        public T Row { get; set; } = default!;

        public TKey Key { get; set; } = default!;

        public int Id { get; set; }
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
