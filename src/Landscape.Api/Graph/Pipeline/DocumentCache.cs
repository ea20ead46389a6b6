using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Landscape.Api.Graph.Pipeline;

/// <summary>
/// Parsed and validated documents by query text, in the shape of GraphQL.NET's own document
/// cache (the `GraphQL.MemoryCache` package, which is not served here): a document is stored only
/// after it validated, and a hit runs only <see cref="ExecutionOptions.CachedDocumentValidationRules"/>
/// — the rules that depend on variables, such as the cost limit. Clients send the same few
/// documents with different variables, so parsing and validation drop out of the hot path.
/// Bounded: when full it starts over, so one-off documents cannot grow it without limit.
/// </summary>
public sealed class DocumentCache(int capacity) : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    // After the option configurations (100), which set the full validation rules this replaces on a hit.
    public float SortOrder => 200;

    public bool TryGet(string query, out GraphQLDocument document) => _documents.TryGetValue(query, out document!);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query || capacity <= 0)
        {
            return await next(options);
        }
        if (_documents.TryGetValue(query, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }
        var result = await next(options);
        if (result.Executed && result.Document is { } parsed)
        {
            if (_documents.Count >= capacity)
            {
                _documents.Clear();
            }
            _documents.TryAdd(query, parsed);
        }
        return result;
    }
}
