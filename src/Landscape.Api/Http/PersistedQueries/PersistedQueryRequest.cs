using System.Text.Json;

namespace Landscape.Api.Http.PersistedQueries;

/// <summary>Reads a request's reference to a persisted document: `documentId`, or Apollo's `extensions.persistedQuery.sha256Hash`.</summary>
public static class PersistedQueryRequest
{
    public const string DocumentIdPrefix = "sha256:";

    /// <summary>Apollo's hash, when the extensions carry one.</summary>
    public static string? ApolloHash(JsonElement? extensions) =>
        extensions is { ValueKind: JsonValueKind.Object } e
        && e.TryGetProperty("persistedQuery", out var persisted) && persisted.ValueKind == JsonValueKind.Object
        && persisted.TryGetProperty("sha256Hash", out var hash) && hash.ValueKind == JsonValueKind.String
            ? hash.GetString()!.ToLowerInvariant()
            : null;

    /// <summary>The hash of a "sha256:&lt;hex&gt;" document id, else null.</summary>
    public static string? HashOf(string? documentId) =>
        documentId is not null && documentId.StartsWith(DocumentIdPrefix, StringComparison.Ordinal)
            ? documentId[DocumentIdPrefix.Length..]
            : null;
}
