using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Entities;
using Landscape.Data.Validation;
using Landscape.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Products;

/// <summary>Creating, editing and archiving products, and linking them to categories and models.</summary>
public sealed class ProductMutations : IMutationFields
{
    /// <summary>pg_trgm similarity above which two product names are probably the same product.</summary>
    public const double DuplicateNameSimilarity = 0.5;

    public void Register(ObjectGraphType mutation)
    {
        mutation.AddMutation<ProductGraphType, CreateProductInputGraphType, CreateProductInput>("createProduct", "product",
            "Adds a product. Refused with POSSIBLE_DUPLICATE when a product with a very similar name exists, unless `allowSimilarName` is true.",
            ApiKeyRole.Analyst, CreateAsync);
        mutation.AddMutation<ProductGraphType, UpdateProductInputGraphType, UpdateProductInput>("updateProduct", "product",
            "Changes a product's fields; `expectedVersion` guards against lost updates.", ApiKeyRole.Analyst, UpdateAsync);
        mutation.AddMutation<ProductGraphType, ArchiveProductInputGraphType, ArchiveInput>("archiveProduct", "product",
            "Archives a product: it leaves the landscape; its history stays.", ApiKeyRole.Analyst, MutationFields.ArchiveAsync<Product>);
        mutation.AddMutation<ProductGraphType, AddProductCategoryInputGraphType, ProductLinkInput>("addProductCategory", "product",
            "Puts a product in one more category of its layer.", ApiKeyRole.Analyst, (input, m) => LinkCategoryAsync(input, m, add: true));
        mutation.AddMutation<ProductGraphType, RemoveProductCategoryInputGraphType, ProductLinkInput>("removeProductCategory", "product",
            "Takes a product out of a category (it keeps at least one).", ApiKeyRole.Analyst, (input, m) => LinkCategoryAsync(input, m, add: false));
        mutation.AddMutation<ProductGraphType, AddProductModelInputGraphType, ProductLinkInput>("addProductModel", "product",
            "Records that a product is built on a model.", ApiKeyRole.Analyst, (input, m) => LinkModelAsync(input, m, add: true));
        mutation.AddMutation<ProductGraphType, RemoveProductModelInputGraphType, ProductLinkInput>("removeProductModel", "product",
            "Removes a built-on link.", ApiKeyRole.Analyst, (input, m) => LinkModelAsync(input, m, add: false));
    }

    private static Task<object?> CreateAsync(CreateProductInput input, MutationWrite m) =>
        MutationFields.CreateAsync(new Product { Slug = "", Name = "", Status = ProductStatus.Active }, m, async product =>
        {
            await product.ApplyAsync(input, m.Write);
            if (!input.AllowSimilarName)
            {
                await CheckSimilarNameAsync(product, m);
            }
        });

    private static async Task<object?> UpdateAsync(UpdateProductInput input, MutationWrite m)
    {
        if (await FindAsync(input.Id, m) is not { } product)
        {
            return null;
        }
        m.Write.ExpectVersion(product, input.ExpectedVersion);
        await product.ApplyAsync(input, m.Write);
        if (input.Name.HasValue && !input.AllowSimilarName)
        {
            await CheckSimilarNameAsync(product, m);
        }
        return m.Write.HasProblems ? null : product;
    }

    /// <summary>The live product an id names, with what its rules look at (maker, categories, models).</summary>
    private static async Task<Product?> FindAsync(string id, MutationWrite m)
    {
        if (await m.Write.FindAsync<Product>(id, [nameof(UpdateProductInput.Id)]) is not { } product)
        {
            return null;
        }
        await m.Db.Entry(product).Reference(p => p.Organization).LoadAsync(m.Write.CancellationToken);
        await m.Db.Entry(product).Collection(p => p.Categories).Query().Include(pc => pc.Category).LoadAsync(m.Write.CancellationToken);
        await m.Db.Entry(product).Collection(p => p.Models).LoadAsync(m.Write.CancellationToken);
        return product;
    }

    private static async Task CheckSimilarNameAsync(Product product, MutationWrite m)
    {
        if (string.IsNullOrEmpty(product.Name))
        {
            return;
        }
        var similar = await m.Db.Products
            .Where(p => p.Id != product.Id && EF.Functions.TrigramsSimilarity(p.Name, product.Name) > DuplicateNameSimilarity)
            .OrderByDescending(p => EF.Functions.TrigramsSimilarity(p.Name, product.Name))
            .Select(p => new { p.Name, p.Slug }).FirstOrDefaultAsync(m.Write.CancellationToken);
        if (similar is not null)
        {
            m.Write.Report(nameof(ProductFields.Name), MutationErrorCodes.PossibleDuplicate,
                $"'{similar.Name}' ({similar.Slug}) exists already; if this is a different product, send allowSimilarName: true.");
        }
    }

    private static async Task<object?> LinkCategoryAsync(ProductLinkInput input, MutationWrite m, bool add)
    {
        if (await FindAsync(input.ProductId, m) is not { } product)
        {
            return null;
        }
        var slug = input.CategorySlug ?? "";
        var slugs = product.Categories.Select(pc => pc.Category.Slug).ToList();
        if (add == slugs.Contains(slug))
        {
            m.Write.Report(nameof(ProductLinkInput.CategorySlug), add ? ErrorCodes.Duplicate : ErrorCodes.NotFound,
                add ? "The product is in this category already." : "The product is not in this category.");
            return null;
        }
        await product.ApplyAsync(new ProductFields { Categories = add ? [.. slugs, slug] : slugs.Where(s => s != slug).ToList() }, m.Write);
        return m.Write.HasProblems ? null : product;
    }

    private static async Task<object?> LinkModelAsync(ProductLinkInput input, MutationWrite m, bool add)
    {
        var product = await FindAsync(input.ProductId, m);
        var model = await m.Write.FindAsync<Model>(input.ModelId ?? "", [nameof(ProductLinkInput.ModelId)]);
        if (product is null || model is null)
        {
            return null;
        }
        var ids = product.Models.Select(pm => GlobalId.Encode(nameof(Model), pm.ModelId)).ToList();
        var linked = product.Models.Any(pm => pm.ModelId == model.Id);
        if (add == linked)
        {
            m.Write.Report(nameof(ProductLinkInput.ModelId), add ? ErrorCodes.Duplicate : ErrorCodes.NotFound,
                add ? "The product is built on this model already." : "The product is not linked to this model.");
            return null;
        }
        var modelId = GlobalId.Encode(nameof(Model), model.Id);
        await product.ApplyAsync(new ProductFields { BuiltOn = add ? [.. ids, modelId] : ids.Where(id => id != modelId).ToList() }, m.Write);
        return m.Write.HasProblems ? null : product;
    }
}
