namespace Landscape.Api.Http;

/// <summary>Why a request was refused before execution: the status to answer with and a message for the client.</summary>
public sealed record RequestProblem(int Status, string Message, string? Code = null)
{
    public static RequestProblem BadRequest(string message, string? code = null) => new(StatusCodes.Status400BadRequest, message, code);
}
