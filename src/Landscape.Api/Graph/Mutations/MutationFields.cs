using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Mutations;

public static class MutationFields
{
    /// <summary>
    /// A mutation field taking one `input` and answering its own payload type with the written
    /// entity in <paramref name="entityField"/>, run as a <see cref="WriteSession"/>.
    /// </summary>
    public static void AddMutation<TEntityGraphType, TInputGraphType>(this ObjectGraphType mutation, string name, string entityField,
        string description, ApiKeyRole role, Func<WriteSession, Task<object?>> write)
        where TEntityGraphType : IGraphType
        where TInputGraphType : IInputObjectGraphType =>
        mutation.Field(name, new NonNullGraphType(new PayloadGraphType<TEntityGraphType>(name, entityField)))
            .Description(role == ApiKeyRole.Admin ? description + " Needs an ADMIN key." : description)
            .Argument<NonNullGraphType<TInputGraphType>>("input", "What to write.")
            .ResolveAsync(async c => await WriteSession.RunAsync(c, role, write));
}
