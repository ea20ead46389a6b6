using GraphQL.Execution;
using GraphQLParser.AST;
using Landscape.Data;

namespace Landscape.Api.Graph.Pipeline;

/// <summary>
/// A mutation's payload is read right after its write, and a replica may lag behind: every read
/// of a mutation request goes to the primary (read-your-writes), decided once before it runs.
/// </summary>
public sealed class MutationsReadFromPrimary : DocumentExecutionListenerBase
{
    public override Task BeforeExecutionAsync(IExecutionContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation)
        {
            context.RequestServices?.GetService<ReadYourWrites>()?.MarkWritten();
        }
        return Task.CompletedTask;
    }
}
