using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Entities;
using Landscape.Data.Validation;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Products;

/// <summary>Creating, editing and archiving products, and linking them to categories and models.</summary>
public sealed class ProductMutations : IMutationFields
{
    /// <summary>pg_trgm similarity above which two product names are probably the same product.</summary>
    public const double DuplicateNameSimilarity = 0.5;

    public void Register(ObjectGraphType mutation)
    {
        mutation.AddMutation<ProductGraphType, CreateProductInputGraphType>("createProduct", "product", "Adds a product. Refused with POSSIBLE_DUPLICATE when a product with a very similar name exists, unless `allowSimilarName` is true.",
            ApiKeyRole.Analyst, session => CreateAsync(session));
        mutation.AddMutation<ProductGraphType, UpdateProductInputGraphType>("updateProduct", "product", "Changes a product's fields; `expectedVersion` guards against lost updates.",
            ApiKeyRole.Analyst, session => UpdateAsync(session));
        mutation.AddMutation<ProductGraphType, ArchiveProductInputGraphType>("archiveProduct", "product", "Archives a product: it leaves the landscape; its history stays.",
            ApiKeyRole.Analyst, session => session.ArchiveAsync(session.Db.Products, "Product"));
        mutation.AddMutation<ProductGraphType, AddProductCategoryInputGraphType>("addProductCategory", "product", "Puts a product in one more category of its layer.",
            ApiKeyRole.Analyst, session => LinkCategoryAsync(session, add: true));
        mutation.AddMutation<ProductGraphType, RemoveProductCategoryInputGraphType>("removeProductCategory", "product", "Takes a product out of a category (it keeps at least one).",
            ApiKeyRole.Analyst, session => LinkCategoryAsync(session, add: false));
        mutation.AddMutation<ProductGraphType, AddProductModelInputGraphType>("addProductModel", "product", "Records that a product is built on a model.",
            ApiKeyRole.Analyst, session => LinkModelAsync(session, add: true));
        mutation.AddMutation<ProductGraphType, RemoveProductModelInputGraphType>("removeProductModel", "product", "Removes a built-on link.",
            ApiKeyRole.Analyst, session => LinkModelAsync(session, add: false));
    }

    private static IQueryable<Product> Tracked(WriteSession session) =>
        session.Db.Products.Include(p => p.Categories).ThenInclude(pc => pc.Category).Include(p => p.Models).AsSplitQuery();

    private static async Task<object?> CreateAsync(WriteSession session)
    {
        var input = session.Input;
        var product = new Product { Slug = input.Get<string>("slug") ?? "", Name = input.Get<string>("name") ?? "", Status = ProductStatus.Active };
        await ApplyAsync(session, product, input);
        if (await session.Db.Products.IgnoreQueryFilters().AnyAsync(p => p.Slug == product.Slug))
        {
            session.Error(input.PathTo("slug"), ErrorCodes.Duplicate, $"A product with slug '{product.Slug}' exists already.");
        }
        if (session.HasErrors)
        {
            return null;
        }
        session.Db.Products.Add(product);
        return product;
    }

    private static async Task<object?> UpdateAsync(WriteSession session)
    {
        var input = session.Input;
        var product = await session.FindAsync(Tracked(session), input.Get<string>("id"), "Product", input.PathTo("id"));
        if (product is null)
        {
            return null;
        }
        session.ExpectVersion(product, input);
        await ApplyAsync(session, product, input);
        return session.HasErrors ? null : product;
    }

    /// <summary>Applies the given fields, then checks the product as a whole, as the seed loader would.</summary>
    private static async Task ApplyAsync(WriteSession session, Product product, Mutations.MutationInput input)
    {
        if (input.Has("name")) product.Name = input.Get<string>("name") ?? "";
        if (input.Has("layer")) product.Layer = input.Get<Layer?>("layer") ?? product.Layer;
        if (input.Has("launchedOn")) product.LaunchedOn = input.Get<DateOnly?>("launchedOn");
        if (input.Has("discontinuedOn")) product.DiscontinuedOn = input.Get<DateOnly?>("discontinuedOn");
        if (input.Has("status")) product.Status = input.Get<ProductStatus?>("status") ?? ProductStatus.Active;
        if (input.Has("homepageUrl")) product.HomepageUrl = input.Get<string>("homepageUrl");
        if (input.Has("logoUrl")) product.LogoUrl = input.Get<string>("logoUrl");
        if (input.Has("openSource")) product.OpenSource = input.Get<bool?>("openSource") ?? false;
        if (input.Has("description")) product.Description = input.Get<string>("description");
        if (input.Has("organizationId"))
        {
            product.Organization = input.Get<string>("organizationId") is { } organizationId
                ? await session.FindAsync(session.Db.Organizations, organizationId, "Organization", input.PathTo("organizationId"))
                : null;
            product.OrganizationId = product.Organization?.Id;
        }
        else if (product.OrganizationId is { } id)
        {
            product.Organization = await session.Db.Organizations.FindAsync(id);
        }

        session.Validate(session.Validators.Product, new ProductFields(product.Slug, product.Name, product.Layer, product.LaunchedOn,
            product.DiscontinuedOn, product.Status, product.HomepageUrl, product.LogoUrl, product.Description), input);
        session.CheckFounding(product.Organization, product.LaunchedOn, input.PathTo("launchedOn"));
        if (input.Has("name") && input.Get<bool?>("allowSimilarName") != true && product.Name.Length > 0)
        {
            var similar = await session.Db.Products
                .Where(p => p.Id != product.Id && EF.Functions.TrigramsSimilarity(p.Name, product.Name) > DuplicateNameSimilarity)
                .OrderByDescending(p => EF.Functions.TrigramsSimilarity(p.Name, product.Name))
                .Select(p => new { p.Name, p.Slug }).FirstOrDefaultAsync();
            if (similar is not null)
            {
                session.Error(input.PathTo("name"), Mutations.MutationErrorCodes.PossibleDuplicate,
                    $"'{similar.Name}' ({similar.Slug}) exists already; if this is a different product, send allowSimilarName: true.");
            }
        }
        if (input.Has("categorySlugs") || product.Id == 0)
        {
            await SetCategoriesAsync(session, product, input.Strings("categorySlugs"), input);
        }
        else if (input.Has("layer"))
        {
            CheckCategoryLayers(session, product, input);
        }
        if (input.Has("builtOnModelIds"))
        {
            product.Models.Clear();
            var ids = input.Strings("builtOnModelIds");
            for (var i = 0; i < ids.Count; i++)
            {
                if (await session.FindAsync(session.Db.Models, ids[i], "Model", input.PathTo("builtOnModelIds", i.ToString(System.Globalization.CultureInfo.InvariantCulture))) is { } model
                    && product.Models.All(m => m.ModelId != model.Id))
                {
                    product.Models.Add(new ProductModel { Model = model, ModelId = model.Id });
                }
            }
        }
    }

    private static async Task SetCategoriesAsync(WriteSession session, Product product, IReadOnlyList<string> slugs, Mutations.MutationInput input)
    {
        if (slugs.Count == 0)
        {
            session.Error(input.PathTo("categorySlugs"), ErrorCodes.Required, "A product needs at least one category.");
            return;
        }
        var categories = await session.Db.Categories.Where(c => slugs.Contains(c.Slug)).ToDictionaryAsync(c => c.Slug);
        product.Categories.Clear();
        for (var i = 0; i < slugs.Count; i++)
        {
            if (categories.TryGetValue(slugs[i], out var category))
            {
                if (product.Categories.All(pc => pc.CategoryId != category.Id))
                {
                    product.Categories.Add(new ProductCategory { Category = category, CategoryId = category.Id });
                }
            }
            else
            {
                session.Error(input.PathTo("categorySlugs", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ErrorCodes.UnknownReference, $"No category with slug '{slugs[i]}'.");
            }
        }
        CheckCategoryLayers(session, product, input);
    }

    private static void CheckCategoryLayers(WriteSession session, Product product, Mutations.MutationInput input)
    {
        foreach (var link in product.Categories.Where(pc => pc.Category.Layer != product.Layer))
        {
            session.Error(input.PathTo("categorySlugs"), ErrorCodes.CategoryLayerMismatch,
                $"Category {link.Category.Slug} is in the {Landscape.Data.ConstantCase.Name(link.Category.Layer)} layer, not {Landscape.Data.ConstantCase.Name(product.Layer)}.");
        }
    }

    private static async Task<object?> LinkCategoryAsync(WriteSession session, bool add)
    {
        var input = session.Input;
        var product = await session.FindAsync(Tracked(session), input.Get<string>("productId"), "Product", input.PathTo("productId"));
        var slug = input.Get<string>("categorySlug")!;
        if (product is null)
        {
            return null;
        }
        var slugs = product.Categories.Select(pc => pc.Category.Slug).ToList();
        if (add == slugs.Contains(slug))
        {
            session.Error(input.PathTo("categorySlug"), add ? ErrorCodes.Duplicate : Mutations.MutationErrorCodes.NotFound,
                add ? "The product is in this category already." : "The product is not in this category.");
            return null;
        }
        await SetCategoriesAsync(session, product, add ? [.. slugs, slug] : slugs.Where(s => s != slug).ToList(), input);
        product.UpdatedAt = session.Validators.Clock.GetUtcNow();
        return session.HasErrors ? null : product;
    }

    private static async Task<object?> LinkModelAsync(WriteSession session, bool add)
    {
        var input = session.Input;
        var product = await session.FindAsync(Tracked(session), input.Get<string>("productId"), "Product", input.PathTo("productId"));
        var model = await session.FindAsync(session.Db.Models, input.Get<string>("modelId"), "Model", input.PathTo("modelId"));
        if (product is null || model is null)
        {
            return null;
        }
        var link = product.Models.FirstOrDefault(m => m.ModelId == model.Id);
        if (add == (link is not null))
        {
            session.Error(input.PathTo("modelId"), add ? ErrorCodes.Duplicate : Mutations.MutationErrorCodes.NotFound,
                add ? "The product is built on this model already." : "The product is not linked to this model.");
            return null;
        }
        if (add)
        {
            product.Models.Add(new ProductModel { Model = model, ModelId = model.Id });
        }
        else
        {
            product.Models.Remove(link!);
        }
        product.UpdatedAt = session.Validators.Clock.GetUtcNow();
        return product;
    }
}
