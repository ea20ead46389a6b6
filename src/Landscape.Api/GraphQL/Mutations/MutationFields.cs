using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Mutations;

public static class MutationFields
{
    /// <summary>A mutation field taking one `input` and answering a payload, run as a <see cref="WriteSession"/>.</summary>
    public static void AddMutation<TPayloadGraphType, TInputGraphType>(this ObjectGraphType mutation, string name, string description,
        ApiKeyRole role, Func<WriteSession, Task<object?>> write)
        where TPayloadGraphType : IGraphType
        where TInputGraphType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<TPayloadGraphType>>(name)
            .Description(role == ApiKeyRole.Admin ? description + " Needs an ADMIN key." : description)
            .Argument<NonNullGraphType<TInputGraphType>>("input", "What to write.")
            .ResolveAsync(async c => await WriteSession.RunAsync(c, role, write));
}
