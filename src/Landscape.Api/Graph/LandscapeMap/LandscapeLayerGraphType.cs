using GraphQL.Types;

namespace Landscape.Api.Graph.LandscapeMap;

public sealed class LandscapeLayerGraphType : ObjectGraphType<LandscapeLayer>
{
    public LandscapeLayerGraphType()
    {
        Name = "LandscapeLayer";
        Description = "A layer of the landscape map.";
        Field<NonNullGraphType<LayerGraphType>>("layer").Description("Which layer.").Resolve(c => c.Source.Layer);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LandscapeCategoryGraphType>>>>("categories")
            .Description("Its categories in map order.").Resolve(c => c.Source.Categories);
        Field<NonNullGraphType<IntGraphType>>("productCount")
            .Description("Distinct products in the layer (a product in two categories counts once).")
            .Resolve(c => c.Source.Categories.SelectMany(x => x.Products).Select(p => p.Id).Distinct().Count());
    }
}
