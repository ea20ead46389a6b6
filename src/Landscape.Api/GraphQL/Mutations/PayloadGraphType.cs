using GraphQL.Types;

namespace Landscape.Api.GraphQL.Mutations;

/// <summary>`{ <entity>, userErrors }` for mutations of one kind of entity.</summary>
public abstract class PayloadGraphType<TEntityGraphType> : ObjectGraphType<Payload> where TEntityGraphType : IGraphType
{
    protected PayloadGraphType(string name, string entityField)
    {
        Name = name;
        Description = $"The result of a mutation of a {entityField}: the {entityField} as written, or why nothing was written.";
        Field<TEntityGraphType>(entityField).Description($"The {entityField} after the write; null when nothing was written.")
            .Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("userErrors")
            .Description("Every reason the input was refused; empty on success.")
            .Resolve(c => c.Source.UserErrors);
    }
}
