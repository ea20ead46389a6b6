using GraphQL;

namespace Landscape.Api.Graph.Connections;

/// <summary>first/after/last/before as given, checked once.</summary>
public sealed record Paging(int? First, string? After, int? Last, string? Before)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public static Paging From(IResolveFieldContext context)
    {
        var paging = new Paging(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
        Check(paging.First, "first");
        Check(paging.Last, "last");
        if (paging.First is not null && paging.Last is not null)
        {
            throw new ExecutionError("Pass `first` or `last`, not both.") { Code = ApiErrorCodes.InvalidArgument };
        }
        return paging;
    }

    /// <summary>Paging backwards: `last` (and `before`) read the list from its end.</summary>
    public bool Backward => Last is not null || (Before is not null && First is null);

    public int Size => First ?? Last ?? DefaultPageSize;

    private static void Check(int? size, string argument)
    {
        if (size is < 0 or > MaxPageSize)
        {
            throw new ExecutionError($"`{argument}` must be between 0 and {MaxPageSize}.") { Code = ApiErrorCodes.InvalidArgument };
        }
    }
}
