using FluentValidation;
using Landscape.Data.Entities;

namespace Landscape.Data.Validation;

/// <summary>The rules of one category's own fields.</summary>
public sealed class CategoryValidator : AbstractValidator<Category>
{
    public CategoryValidator()
    {
        RuleFor(x => x.Slug).Slug();
        RuleFor(x => x.Name).Required().MaxLength(RuleExtensions.NameMaxLength);
        RuleFor(x => x.Description).MaxLength(RuleExtensions.NoteMaxLength);
    }
}
