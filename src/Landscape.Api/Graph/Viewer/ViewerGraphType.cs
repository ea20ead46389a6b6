using GraphQL.Types;
using Landscape.Api.Auth;

namespace Landscape.Api.Graph.Viewer;

public sealed class ViewerGraphType : ObjectGraphType<Caller>
{
    public ViewerGraphType()
    {
        Name = "Viewer";
        Description = "Who is asking: anonymous, or the holder of an API key.";
        Field<NonNullGraphType<BooleanGraphType>>("authenticated").Description("Whether a valid API key was sent.")
            .Resolve(c => c.Source.IsAuthenticated);
        Field<StringGraphType>("keyName").Description("The name of the key, when one was sent.").Resolve(c => c.Source.KeyName);
        Field<ApiKeyRoleGraphType>("role").Description("The key's role, when one was sent.").Resolve(c => c.Source.Role);
    }
}
