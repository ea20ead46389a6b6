using GraphQL.Types;

namespace Landscape.Api.Graph.Mutations;

/// <summary>
/// `{ <entity>, userErrors }`, one type per mutation (`createProduct` answers `CreateProductPayload`),
/// as GitHub's schema does: each mutation's answer can grow on its own without changing the others.
/// </summary>
public sealed class PayloadGraphType<TEntityGraphType> : ObjectGraphType<Payload> where TEntityGraphType : IGraphType
{
    public PayloadGraphType(string mutation, string entityField)
    {
        Name = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Payload";
        Description = $"The result of `{mutation}`: the {entityField} as written, or why nothing was written.";
        Field<TEntityGraphType>(entityField).Description($"The {entityField} after the write; null when nothing was written.")
            .Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("userErrors")
            .Description("Every reason the input was refused; empty on success.")
            .Resolve(c => c.Source.UserErrors);
    }
}
