namespace Landscape.Api.Graph.Mutations;

/// <summary>Codes of mutation failures beyond the field validation codes (Landscape.Data.Validation.ErrorCodes).</summary>
public static class MutationErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string PossibleDuplicate = "POSSIBLE_DUPLICATE";
    public const string TooLarge = "TOO_LARGE";
}
