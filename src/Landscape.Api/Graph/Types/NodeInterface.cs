using GraphQL.Types;

namespace Landscape.Api.Graph.Types;

/// <summary>Relay's Node: anything with a global id that `node(id:)` can fetch again.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id; `node(id:)` fetches it again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id.");
    }
}
