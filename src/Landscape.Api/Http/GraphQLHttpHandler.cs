using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Landscape.Api.GraphQL;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Landscape.Api.Http;

/// <summary>
/// GraphQL over HTTP (graphql/graphql-over-http): GET and POST on one path, media types
/// negotiated on Accept, request errors as 400 under application/graphql-response+json and
/// 200 under application/json, no mutations over GET.
/// </summary>
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<LandscapeSchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options)
{
    private const string Allowed = "GET, POST";

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = Allowed;
            await WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, MediaTypes.Json,
                $"{request.Method} is not supported; use GET or POST.");
            return;
        }
        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json,
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json} (UTF-8).");
            return;
        }

        var (parameters, problem, status) = HttpMethods.IsGet(request.Method)
            ? (GraphQLHttpRequest.FromQueryString(request.Query, out var getProblem), getProblem, StatusCodes.Status400BadRequest)
            : await ReadBodyAsync(http);
        if (parameters is null)
        {
            await WriteRequestErrorAsync(http, status, mediaType, problem!);
            return;
        }
        if (string.IsNullOrWhiteSpace(parameters.Query))
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, "The request has no `query`.");
            return;
        }

        GraphQLDocument? document = null;
        try
        {
            document = GraphQLParser.Parser.Parse(parameters.Query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            // The executer reports it in the spec's error shape, with its location.
        }
        if (document is not null && HttpMethods.IsGet(request.Method) && IsMutation(document, parameters.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType,
                "Mutations are only accepted over POST.");
            return;
        }

        var result = await executer.ExecuteAsync(o =>
        {
            o.Query = parameters.Query;
            o.Document = document;
            o.OperationName = parameters.OperationName;
            o.Variables = parameters.Variables is { } v ? serializer.ReadNode<Inputs>(v) : null;
            o.Extensions = parameters.Extensions is { } e ? serializer.ReadNode<Inputs>(e) : null;
            o.RequestServices = http.RequestServices;
            o.CancellationToken = http.RequestAborted;
            o.Timeout = options.Value.ExecutionTimeout;
        });

        // A request error (the document did not parse or validate, or variables were wrong) is
        // a 400 under the GraphQL response type; application/json clients always get 200.
        http.Response.StatusCode = !result.Executed && mediaType == MediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task<(GraphQLHttpRequest?, string?, int)> ReadBodyAsync(HttpContext http)
    {
        var request = http.Request;
        if (!MediaTypes.IsJson(request.ContentType))
        {
            return (null, $"Send the request as {MediaTypes.Json}.", StatusCodes.Status415UnsupportedMediaType);
        }
        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            return (null, $"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, default, http.RequestAborted);
            var parameters = GraphQLHttpRequest.FromJson(body.RootElement, out var problem);
            return (parameters is null ? null : parameters with
            {
                Variables = parameters.Variables?.Clone(),
                Extensions = parameters.Extensions?.Clone(),
            }, problem, StatusCodes.Status400BadRequest);
        }
        catch (JsonException)
        {
            return (null, "The body is not valid JSON.", StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, $"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        }
    }

    private static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return operation?.Operation == OperationType.Mutation;
    }

    private async Task WriteRequestErrorAsync(HttpContext http, int status, string mediaType, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError(message)] },
            http.RequestAborted);
    }
}
