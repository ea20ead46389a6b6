using Landscape.Data.Entities;
using Landscape.Data.Validation;

namespace Landscape.Data.Writing;

public static class ProductWrites
{
    public static async Task ApplyAsync(this Product product, ProductFields fields, WriteContext write)
    {
        var isNew = product.Id == 0;
        FieldCopy.Apply(fields, product);
        if (fields.Organization.HasValue)
        {
            product.Organization = fields.Organization.Value is { } key
                ? await write.FindAsync<Organization>(key, [nameof(ProductFields.Organization)])
                : null;
            if (product.Organization is null)
            {
                product.OrganizationId = null;
            }
        }
        if (fields.LaunchSource.HasValue)
        {
            product.LaunchSource = fields.LaunchSource.Value is { } source
                ? await write.CiteAsync(source, [nameof(ProductFields.LaunchSource)])
                : null;
            if (product.LaunchSource is null)
            {
                product.LaunchSourceId = null;
            }
        }
        var linksChanged = false;
        if (fields.Categories.HasValue)
        {
            var categories = await write.FindAllAsync<Category>(fields.Categories.Value, nameof(ProductFields.Categories));
            linksChanged |= Links.Sync(product.Categories, categories, l => (l.CategoryId, l.Category),
                c => new ProductCategory { Category = c, CategoryId = c.Id });
        }
        if (fields.Categories.HasValue ? fields.Categories.Value.Count == 0 : isNew)
        {
            write.Report(nameof(ProductFields.Categories), ErrorCodes.Required, "A product needs at least one category.");
        }
        if (fields.BuiltOn.HasValue)
        {
            var models = await write.FindAllAsync<Model>(fields.BuiltOn.Value, nameof(ProductFields.BuiltOn));
            linksChanged |= Links.Sync(product.Models, models, l => (l.ModelId, l.Model), m => new ProductModel { Model = m, ModelId = m.Id });
        }
        if (linksChanged && !isNew)
        {
            // A changed link is a change of the product: its version moves on.
            product.UpdatedAt = write.Clock.GetUtcNow();
        }
        write.Validate(write.Validators.Product, product);
        CatalogRules.NotBeforeFounding(write, product.Organization, product.LaunchedOn, nameof(ProductFields.LaunchedOn));
        CatalogRules.CategoriesInLayer(write, product);
        if (isNew)
        {
            await CatalogRules.UniqueAsync(write, product);
        }
    }
}
