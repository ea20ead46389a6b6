using GraphQL.Builders;
using GraphQL.Types;

namespace Landscape.Api.Graph.Connections;

public static class ConnectionArguments
{
    /// <summary>The Relay paging arguments every connection field takes.</summary>
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", $"Return the first n entries (0–{Paging.MaxPageSize}; default {Paging.DefaultPageSize}).")
            .Argument<StringGraphType>("after", "Return entries after this cursor.")
            .Argument<IntGraphType>("last", $"Return the last n entries (0–{Paging.MaxPageSize}).")
            .Argument<StringGraphType>("before", "Return entries before this cursor.");
}
