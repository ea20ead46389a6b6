using GraphQL;
using GraphQL.Execution;

namespace Landscape.Api.Graph.Pipeline;

/// <summary>
/// Errors as clients see them: expected errors keep their message and code; an unexpected
/// exception becomes "internal error" with an id that is also in the log, so nothing about
/// the internals (SQL, stack, type names) leaks.
/// </summary>
public sealed class MaskedErrorInfoProvider(Microsoft.Extensions.Options.IOptions<GraphQLOptions> options)
    : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false })
{
    public static Task OnUnhandledException(UnhandledExceptionContext context)
    {
        // The message GraphQL.NET would have given it (the client sees GetInfo's instead).
        var message = context.ErrorMessage
            ?? (context.FieldContext is { } field ? $"Error trying to resolve field '{field.FieldDefinition.Name}'." : "Error executing document.");
        if (DatabaseAvailability.IsUnavailable(context.OriginalException))
        {
            // Not a bug: the database is down or restarting. Fresh connections next time.
            Npgsql.NpgsqlConnection.ClearAllPools();
            context.Exception = new MaskedError(message, context.Exception, errorId: null, databaseUnavailable: true);
            return Task.CompletedTask;
        }
        var errorId = Guid.NewGuid().ToString("N")[..12];
        context.Exception = new MaskedError(message, context.Exception, errorId, databaseUnavailable: false);
        var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Landscape.GraphQL");
        logger?.LogError(context.OriginalException, "Unhandled error {ErrorId} in {Field}", errorId,
            context.FieldContext?.FieldDefinition.Name ?? "(request)");
        return Task.CompletedTask;
    }

    /// <summary>Whether the error is the database being unavailable (answered 503 when nothing else came back).</summary>
    public static bool IsDatabaseUnavailable(ExecutionError error) => error is MaskedError { DatabaseUnavailable: true };

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (IsDatabaseUnavailable(executionError))
        {
            return new ErrorInfo
            {
                Message = "The database is unavailable right now; try again in a few seconds.",
                Extensions = new Dictionary<string, object?> { ["code"] = ApiErrorCodes.DatabaseUnavailable },
            };
        }
        if (executionError is UnhandledError)
        {
            var errorId = (executionError as MaskedError)?.ErrorId;
            return new ErrorInfo
            {
                Message = $"An internal error occurred (error id {errorId}).",
                Extensions = new Dictionary<string, object?> { ["code"] = ApiErrorCodes.InternalError, ["errorId"] = errorId },
            };
        }
        var info = base.GetInfo(executionError);
        // "Did you mean …?" names fields a caller did not ask for: off with introspection in production.
        var suggestion = info.Message.IndexOf(" Did you mean", StringComparison.Ordinal);
        if (!options.Value.EnableFieldSuggestions && suggestion > 0)
        {
            info.Message = info.Message[..suggestion];
        }
        return info;
    }
}
