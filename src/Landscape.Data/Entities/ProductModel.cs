namespace Landscape.Data.Entities;

/// <summary>A product is built on a model.</summary>
public sealed class ProductModel
{
    public int ProductId { get; set; }
    public Product Product { get; set; } = null!;
    public int ModelId { get; set; }
    public Model Model { get; set; } = null!;
}
