using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;

namespace Landscape.Api.Http.PersistedQueries;

/// <summary>
/// The documents a request may name by SHA-256 hash (lowercase hex of the UTF-8 text): the
/// allowlist kept in the repository (PersistedQueries/*.graphql, embedded, hashed at startup with
/// line endings normalized to LF) and, when enabled, those registered on first use (Apollo APQ).
/// </summary>
public sealed class PersistedQueryStore : IPersistedDocumentLoader
{
    private const string ResourcePrefix = "persisted.";
    private readonly Dictionary<string, string> _allowlist = LoadAllowlist();
    private readonly ConcurrentDictionary<string, string> _automatic = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _automaticOrder = new();
    private readonly PersistedQueryOptions _options;

    public PersistedQueryStore(IOptions<PersistedQueryOptions> options) => _options = options.Value;

    public static string Hash(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.ReplaceLineEndings("\n"))));

    public string? Find(string hash) =>
        _allowlist.TryGetValue(hash, out var document) || _automatic.TryGetValue(hash, out document) ? document : null;

    /// <summary>APQ's second request: the query with its hash. False when the hash is not the query's.</summary>
    public bool TryRegister(string hash, string query)
    {
        if (!string.Equals(Hash(query), hash, StringComparison.Ordinal))
        {
            return false;
        }
        if (_allowlist.ContainsKey(hash) || !_automatic.TryAdd(hash, query))
        {
            return true;
        }
        _automaticOrder.Enqueue(hash);
        // A bounded cache: anyone may register, so memory must not grow with what they send.
        while (_automatic.Count > _options.MaxAutomatic && _automaticOrder.TryDequeue(out var oldest))
        {
            _automatic.TryRemove(oldest, out _);
        }
        return true;
    }

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(documentIdPrefix == "sha256" ? Find(documentIdPayload) : null);

    /// <summary>The allowlist's documents by hash.</summary>
    private static Dictionary<string, string> LoadAllowlist()
    {
        var assembly = typeof(PersistedQueryStore).Assembly;
        var byHash = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!, Encoding.UTF8);
            var document = reader.ReadToEnd().ReplaceLineEndings("\n");
            byHash[Hash(document)] = document;
        }
        return byHash;
    }
}
