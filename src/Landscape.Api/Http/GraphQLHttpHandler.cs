using GraphQL;
using GraphQLParser.AST;
using Landscape.Api.Graph;
using Landscape.Api.Http.Caching;
using Landscape.Api.Http.PersistedQueries;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Landscape.Api.Http;

/// <summary>
/// GraphQL over HTTP (graphql/graphql-over-http, as the graphql-http audit checks it): GET and
/// POST on one path, media types negotiated on Accept, request errors as 400 under
/// application/graphql-response+json and 200 under application/json, no mutations over GET.
/// </summary>
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<LandscapeSchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options,
    PersistedQueryStore persistedQueries,
    IOptions<PersistedQueryOptions> persistedOptions,
    IOptions<CachingOptions> caching,
    DocumentCache documents,
    HeavyRequestGate gate)
{
    public async Task HandleAsync(HttpContext http)
    {
        // The answer to a GET depends on Accept (JSON flavour or GraphiQL): caches must know.
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        if (RefuseMethod(http) is { } wrongMethod)
        {
            await WriteProblemAsync(http, wrongMethod, MediaTypes.Json);
            return;
        }
        var mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(http, new RequestProblem(StatusCodes.Status406NotAcceptable,
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json} (UTF-8)."), MediaTypes.Json);
            return;
        }
        var (parameters, problem) = await ReadParametersAsync(http);
        if (problem is null)
        {
            (parameters, problem) = ResolvePersisted(parameters!);
        }
        GraphQLDocument? document = null;
        Inputs? variables = null, extensions = null;
        if (problem is null)
        {
            // A document the executer's cache does not know is parsed here first: a too-deep one is
            // a 400, and a GET must not run a mutation. The executer then parses or finds it itself.
            if (!string.IsNullOrWhiteSpace(parameters!.Query) && !documents.TryGet(parameters.Query, out document))
            {
                (document, problem) = TryParse(parameters.Query);
            }
            // A persisted document is run by GraphQL.NET from its id, but GET must stay safe for it too.
            var persisted = parameters.DocumentId is { } id && persistedQueries.Find(PersistedQueryRequest.HashOf(id) ?? "") is { } text
                ? TryParse(text).Document
                : null;
            problem ??= RefuseMutationOverGet(http, document ?? persisted, parameters.OperationName);
            problem ??= ReadInputs(parameters, out variables, out extensions);
        }
        if (problem is not null)
        {
            await WriteProblemAsync(http, problem, mediaType);
            return;
        }
        var state = new RequestState();
        try
        {
            var result = await ExecuteAsync(http, parameters!, state, variables, extensions);
            await WriteResultAsync(http, result, state, mediaType);
        }
        finally
        {
            // A heavy request holds its slot until its response is out: that is when its memory goes.
            gate.Exit(state);
        }
    }

    private static RequestProblem? RefuseMethod(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsPost(http.Request.Method))
        {
            return null;
        }
        http.Response.Headers.Allow = "GET, POST";
        return new RequestProblem(StatusCodes.Status405MethodNotAllowed, $"{http.Request.Method} is not supported; use GET or POST.");
    }

    private async Task<(GraphQLHttpRequest?, RequestProblem?)> ReadParametersAsync(HttpContext http)
    {
        var (parameters, problem) = HttpMethods.IsGet(http.Request.Method)
            ? GraphQLHttpRequest.FromQueryString(http.Request.Query)
            : await GraphQLRequestBody.ReadAsync(http, options.Value.MaxRequestBytes, http.RequestAborted);
        if (problem is null && string.IsNullOrWhiteSpace(parameters!.Query) && parameters.DocumentId is null
            && PersistedQueryRequest.ApolloHash(parameters.Extensions) is null)
        {
            problem = RequestProblem.BadRequest("The request has no `query`.");
        }
        else if (problem is null && parameters!.Query?.Length > options.Value.MaxQueryChars)
        {
            problem = RequestProblem.BadRequest(
                $"The query has {parameters.Query!.Length} characters; at most {options.Value.MaxQueryChars} are accepted.", "QUERY_TOO_LONG");
        }
        return (parameters, problem);
    }

    /// <summary>
    /// Apollo's protocol: a hash alone names a persisted document; a hash with its query registers
    /// the query (automatic persisted queries, when enabled) and runs it.
    /// </summary>
    private (GraphQLHttpRequest, RequestProblem?) ResolvePersisted(GraphQLHttpRequest parameters)
    {
        if (PersistedQueryRequest.ApolloHash(parameters.Extensions) is not { } hash)
        {
            return (parameters, null);
        }
        if (string.IsNullOrWhiteSpace(parameters.Query))
        {
            return (parameters.DocumentId is null ? parameters with { DocumentId = PersistedQueryRequest.DocumentIdPrefix + hash } : parameters, null);
        }
        if (persistedOptions.Value.AllowAutomatic && !persistedQueries.TryRegister(hash, parameters.Query))
        {
            return (parameters, RequestProblem.BadRequest("provided sha does not match query"));
        }
        return (parameters, null);
    }

    private static (GraphQLDocument? Document, RequestProblem? Problem) TryParse(string query)
    {
        try
        {
            return (GraphQLParser.Parser.Parse(query), null);
        }
        catch (GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
        {
            // The parser's recursion guard: the executer would parse again and throw it unhandled.
            return (null, RequestProblem.BadRequest("The document is nested too deeply to parse."));
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            // The executer reports it in the spec's error shape, with its location.
            return (null, null);
        }
    }

    /// <summary>
    /// Variables and extensions as the executer takes them, read here so that a JSON object the
    /// converter refuses (the same name twice) is a 400, not an exception inside the executer.
    /// </summary>
    private RequestProblem? ReadInputs(GraphQLHttpRequest parameters, out Inputs? variables, out Inputs? extensions)
    {
        variables = extensions = null;
        try
        {
            variables = parameters.Variables is { } v ? serializer.ReadNode<Inputs>(v) : null;
            extensions = parameters.Extensions is { } e ? serializer.ReadNode<Inputs>(e) : null;
            return null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
        {
            return RequestProblem.BadRequest("`variables` and `extensions` must be JSON objects with unique names.");
        }
    }

    /// <summary>GET must be safe: a mutation selected over GET is refused with 405 and Allow: POST.</summary>
    private static RequestProblem? RefuseMutationOverGet(HttpContext http, GraphQLDocument? document, string? operationName)
    {
        if (document is null || !HttpMethods.IsGet(http.Request.Method))
        {
            return null;
        }
        if (SelectedOperation.In(document, operationName)?.Operation != OperationType.Mutation)
        {
            return null;
        }
        http.Response.Headers.Allow = "POST";
        return new RequestProblem(StatusCodes.Status405MethodNotAllowed, "Mutations are only accepted over POST.");
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLHttpRequest parameters, RequestState state,
        Inputs? variables, Inputs? extensions) =>
        executer.ExecuteAsync(o =>
        {
            o.Query = string.IsNullOrWhiteSpace(parameters.Query) ? null : parameters.Query;
            o.DocumentId = parameters.DocumentId;
            o.UserContext = state;
            o.OperationName = parameters.OperationName;
            o.Variables = variables;
            o.Extensions = extensions;
            o.RequestServices = http.RequestServices;
            o.CancellationToken = http.RequestAborted;
            o.Timeout = options.Value.ExecutionTimeout;
        });

    private async Task WriteResultAsync(HttpContext http, ExecutionResult result, RequestState state, string mediaType)
    {
        // A request error (the document did not parse or validate, or variables were wrong) is
        // a 400 under the GraphQL response type; application/json clients always get 200.
        http.Response.StatusCode = StatusFor(http, result, state, mediaType);
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
            return;
        }
        // GET answers are cacheable: buffered (small, the cost limit bounds them) to hash them for the ETag.
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, http.RequestAborted);
        var cacheControl = result.Errors is { Count: > 0 } ? "no-store" : CachedResponse.CacheControl(http.Request, caching.Value);
        await CachedResponse.WriteAsync(http, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cacheControl);
    }

    /// <summary>
    /// 429 when the caller's cost budget ran out, 503 when the database could not answer and
    /// nothing was produced; otherwise the spec's 400-or-200 by media type.
    /// </summary>
    private static int StatusFor(HttpContext http, ExecutionResult result, RequestState state, string mediaType)
    {
        if (result.Errors?.Any(e => e.Code == CostRateLimiter.RateLimitedCode) == true)
        {
            if (state.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return StatusCodes.Status429TooManyRequests;
        }
        if (result.Data is null && result.Errors?.Any(MaskedErrorInfoProvider.IsDatabaseUnavailable) == true)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }
        return !result.Executed && mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private async Task WriteProblemAsync(HttpContext http, RequestProblem problem, string mediaType)
    {
        http.Response.StatusCode = problem.Status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError(problem.Message) { Code = problem.Code }] },
            http.RequestAborted);
    }
}
