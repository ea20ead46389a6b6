using GraphQL.Execution;

namespace Landscape.Api.Graph.Pipeline;

/// <summary>
/// An unexpected exception as the response carries it (<see cref="MaskedErrorInfoProvider"/>):
/// the id it was logged under, or that the database was unavailable (not a bug: nothing logged).
/// GraphQL.NET puts it in the result as it is, with the original exception inside.
/// </summary>
public sealed class MaskedError(string message, Exception innerException, string? errorId, bool databaseUnavailable)
    : UnhandledError(message, innerException)
{
    /// <summary>The id of the log entry that has the exception; null when the database was unavailable.</summary>
    public string? ErrorId { get; } = errorId;

    public bool DatabaseUnavailable { get; } = databaseUnavailable;
}
