using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;

namespace Landscape.Api.Http;

/// <summary>Reads the JSON body of a POST: UTF-8 application/json only, at most a configured size, never a batch.</summary>
public static class GraphQLRequestBody
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static async Task<(GraphQLHttpRequest? Request, RequestProblem? Problem)> ReadAsync(
        HttpContext http, long limit, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (!MediaTypes.IsUtf8Json(request.ContentType))
        {
            return (null, new RequestProblem(StatusCodes.Status415UnsupportedMediaType,
                $"Send the request as {MediaTypes.Json} in UTF-8."));
        }
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }
        // Kestrel then refuses the excess itself, so a chunked body cannot grow past the limit.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        try
        {
            return await ParseAsync(request.BodyReader, limit, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(limit));
        }
    }

    private static async Task<(GraphQLHttpRequest?, RequestProblem?)> ParseAsync(
        PipeReader reader, long limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                return (null, TooLarge(limit));
            }
            if (read.IsCompleted || read.IsCanceled)
            {
                var parsed = Parse(buffer);
                reader.AdvanceTo(buffer.End);
                return parsed;
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static (GraphQLHttpRequest?, RequestProblem?) Parse(ReadOnlySequence<byte> buffer)
    {
        // At most the size limit, so one copy is cheap. JSON text may start with a byte order
        // mark (RFC 8259 lets a parser ignore it); the parser only checks UTF-8 inside strings
        // lazily, so check all of it here and answer 400 rather than fail later.
        ReadOnlyMemory<byte> body = buffer.ToArray();
        if (body.Span.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }
        if (!Utf8.IsValid(body.Span))
        {
            return (null, RequestProblem.BadRequest("The body is not valid UTF-8."));
        }
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!JsonUnicode.IsValid(json.RootElement))
            {
                return (null, RequestProblem.BadRequest(JsonUnicode.Problem));
            }
            var parameters = GraphQLHttpRequest.FromJson(json.RootElement, out var problem);
            // The elements must outlive the document they were read from.
            return parameters is null
                ? (null, RequestProblem.BadRequest(problem!))
                : (parameters with { Variables = parameters.Variables?.Clone(), Extensions = parameters.Extensions?.Clone() }, null);
        }
        catch (JsonException)
        {
            return (null, RequestProblem.BadRequest("The body is not valid JSON (UTF-8)."));
        }
    }

    private static RequestProblem TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limit} bytes.");
}
