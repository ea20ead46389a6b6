using FluentValidation;
using Landscape.Data.Entities;

namespace Landscape.Data.Validation;

/// <summary>The rules of one product's own fields.</summary>
public sealed class ProductValidator : AbstractValidator<Product>
{
    public ProductValidator(TimeProvider clock)
    {
        RuleFor(x => x.Slug).Slug();
        RuleFor(x => x.Name).Required().MaxLength(RuleExtensions.NameMaxLength);
        RuleFor(x => x.LaunchedOn).FactDate(clock);
        RuleFor(x => x.DiscontinuedOn).FactDate(clock)
            .Must((x, d) => d is null || x.LaunchedOn is null || d >= x.LaunchedOn).WithErrorCode(ErrorCodes.InvalidPeriod)
            .WithMessage("Must not be before the launch.");
        RuleFor(x => x.HomepageUrl).HttpUrl();
        RuleFor(x => x.LogoUrl).HttpUrl();
        RuleFor(x => x.Description).MaxLength(RuleExtensions.DescriptionMaxLength);
    }
}
