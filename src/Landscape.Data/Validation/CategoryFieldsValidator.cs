using FluentValidation;

namespace Landscape.Data.Validation;

public sealed class CategoryFieldsValidator : AbstractValidator<CategoryFields>
{
    public CategoryFieldsValidator()
    {
        RuleFor(x => x.Slug).Slug();
        RuleFor(x => x.Name).Required().MaxLength(RuleExtensions.NameMaxLength);
        RuleFor(x => x.Layer).Required();
        RuleFor(x => x.Description).MaxLength(RuleExtensions.NoteMaxLength);
    }
}
