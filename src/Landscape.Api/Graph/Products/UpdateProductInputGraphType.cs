using GraphQL.Types;
using Landscape.Api.Graph.Mutations;

namespace Landscape.Api.Graph.Products;

public sealed class UpdateProductInputGraphType : RecordInputGraphType<UpdateProductInput>
{
    public UpdateProductInputGraphType()
    {
        Name = "UpdateProductInput";
        Description = "Changes to a product: only the fields given change; an explicit null clears a field.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The product's global id.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version you read; a different current version is a CONFLICT.");
        ProductInputFields.Add(this, create: false);
    }
}
