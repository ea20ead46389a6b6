namespace Landscape.Api.Graph.Pipeline;

public static class TextSearch
{
    /// <summary>pg_trgm similarity above which a name counts as a match ("midjourny" ~ "Midjourney").</summary>
    public const double NameSimilarity = 0.3;

    /// <summary>Word similarity above which a query matches part of a name ("gpt" in "GPT-4 Turbo").</summary>
    public const double WordSimilarity = 0.5;

    public const int MaxQueryLength = 200;

    /// <summary>The search text, trimmed; a clear error when it is too long to be a search.</summary>
    public static string Normalize(string text, string argument)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > MaxQueryLength)
        {
            throw new GraphQL.ExecutionError($"`{argument}` must be at most {MaxQueryLength} characters.")
            {
                Code = ApiErrorCodes.InvalidArgument,
            };
        }
        return trimmed;
    }
}
