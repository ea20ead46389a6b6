using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Landscape.Api.GraphQL;
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
    IOptions<GraphQLOptions> options)
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
        GraphQLDocument? document = null;
        Inputs? variables = null, extensions = null;
        if (problem is null)
        {
            (document, problem) = TryParse(parameters!.Query!);
            problem ??= RefuseMutationOverGet(http, document, parameters.OperationName);
            problem ??= ReadInputs(parameters, out variables, out extensions);
        }
        if (problem is not null)
        {
            await WriteProblemAsync(http, problem, mediaType);
            return;
        }
        var result = await ExecuteAsync(http, parameters!, document, variables, extensions);
        await WriteResultAsync(http, result, mediaType);
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
        if (problem is null && string.IsNullOrWhiteSpace(parameters!.Query))
        {
            problem = RequestProblem.BadRequest("The request has no `query`.");
        }
        return (parameters, problem);
    }

    private static (GraphQLDocument?, RequestProblem?) TryParse(string query)
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
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        if (operation?.Operation != OperationType.Mutation)
        {
            return null;
        }
        http.Response.Headers.Allow = "POST";
        return new RequestProblem(StatusCodes.Status405MethodNotAllowed, "Mutations are only accepted over POST.");
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLHttpRequest parameters, GraphQLDocument? document,
        Inputs? variables, Inputs? extensions) =>
        executer.ExecuteAsync(o =>
        {
            o.Query = parameters.Query;
            o.Document = document;
            o.OperationName = parameters.OperationName;
            o.Variables = variables;
            o.Extensions = extensions;
            o.RequestServices = http.RequestServices;
            o.CancellationToken = http.RequestAborted;
            o.Timeout = options.Value.ExecutionTimeout;
        });

    private async Task WriteResultAsync(HttpContext http, ExecutionResult result, string mediaType)
    {
        // A request error (the document did not parse or validate, or variables were wrong) is
        // a 400 under the GraphQL response type; application/json clients always get 200.
        http.Response.StatusCode = !result.Executed && mediaType == MediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task WriteProblemAsync(HttpContext http, RequestProblem problem, string mediaType)
    {
        http.Response.StatusCode = problem.Status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError(problem.Message)] },
            http.RequestAborted);
    }
}
