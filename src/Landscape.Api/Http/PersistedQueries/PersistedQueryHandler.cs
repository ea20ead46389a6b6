using GraphQL;
using GraphQL.PersistedDocuments;

namespace Landscape.Api.Http.PersistedQueries;

/// <summary>
/// GraphQL.NET's persisted documents (documentId "sha256:&lt;hex&gt;"), with arbitrary queries still
/// allowed (a public catalog), and the unknown-hash error spelled as Apollo clients expect it so
/// that they retry with the full query.
/// </summary>
public sealed class PersistedQueryHandler() : PersistedDocumentHandler(new PersistedDocumentOptions { AllowOnlyPersistedDocuments = false })
{
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";

    protected override ExecutionResult CreateExecutionResult(ExecutionError error) =>
        base.CreateExecutionResult(error is DocumentNotFoundError
            ? new ExecutionError("PersistedQueryNotFound") { Code = NotFoundCode }
            : error);
}
