using Landscape.Api.Graph.Mutations;

namespace Landscape.Api.Graph.Products;

public sealed class CreateProductInputGraphType : RecordInputGraphType<CreateProductInput>
{
    public CreateProductInputGraphType()
    {
        Name = "CreateProductInput";
        Description = "A new product.";
        ProductInputFields.Add(this, create: true);
    }
}
