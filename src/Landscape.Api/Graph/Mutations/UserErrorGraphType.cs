using GraphQL.Types;

namespace Landscape.Api.Graph.Mutations;

public sealed class UserErrorGraphType : ObjectGraphType<UserError>
{
    public UserErrorGraphType()
    {
        Name = "UserError";
        Description = "Why a mutation did not apply: the input field it is about, a stable code and a message for people.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("field")
            .Description("Path to the input field, e.g. [\"input\", \"hqCountry\"]; null when it is about the whole input.")
            .Resolve(c => c.Source.Field.Count == 0 ? null : c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code, e.g. REQUIRED, INVALID_URL, CONFLICT.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong, in words.").Resolve(c => c.Source.Message);
    }
}
