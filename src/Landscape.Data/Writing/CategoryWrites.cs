using Landscape.Data.Entities;
using Landscape.Data.Validation;

namespace Landscape.Data.Writing;

public static class CategoryWrites
{
    public static async Task ApplyAsync(this Category category, CategoryFields fields, WriteContext write)
    {
        FieldCopy.Apply(fields, category);
        if (fields.Parent.HasValue)
        {
            category.Parent = fields.Parent.Value is { } slug ? await write.FindAsync<Category>(slug, [nameof(CategoryFields.Parent)]) : null;
            if (category.Parent is { } parent && parent.Layer != category.Layer)
            {
                write.Report(nameof(CategoryFields.Parent), ErrorCodes.CategoryLayerMismatch,
                    $"Category {parent.Slug} is in the {ConstantCase.Name(parent.Layer)} layer, not {ConstantCase.Name(category.Layer)}.");
            }
            category.ParentId = category.Parent is null ? null : category.ParentId;
        }
        write.Validate(write.Validators.Category, category);
        if (category.Id == 0)
        {
            await CatalogRules.UniqueAsync(write, category);
        }
    }
}
