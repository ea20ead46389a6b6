namespace Landscape.Api.Graph.Pipeline;

/// <summary>Stable codes in `errors[].extensions.code`.</summary>
public static class ApiErrorCodes
{
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string InvalidId = "INVALID_ID";
    public const string InternalError = "INTERNAL_ERROR";
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";
}
