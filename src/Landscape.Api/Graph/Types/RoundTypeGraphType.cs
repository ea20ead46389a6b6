using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Types;

public sealed class RoundTypeGraphType : EnumerationGraphType<RoundType>
{
    public RoundTypeGraphType() => Description = "The kind of a funding round.";
}
