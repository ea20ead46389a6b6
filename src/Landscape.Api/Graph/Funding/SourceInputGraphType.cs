using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Funding;

public sealed class SourceInputGraphType : RecordInputGraphType<SourceFields>
{
    public SourceInputGraphType()
    {
        Name = "SourceInput";
        Description = "Where a fact was published. An existing source is found by its URL; a new one needs a title.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("The original outlet's URL (http or https), not a mirror.");
        this.AddPlainFields();
    }
}
