using FluentValidation;

namespace Landscape.Data.Validation;

public sealed class ProductFieldsValidator : AbstractValidator<ProductFields>
{
    public ProductFieldsValidator(TimeProvider clock)
    {
        RuleFor(x => x.Slug).Slug();
        RuleFor(x => x.Name).Required().MaxLength(RuleExtensions.NameMaxLength);
        RuleFor(x => x.Layer).Required();
        RuleFor(x => x.Status).Required();
        RuleFor(x => x.LaunchedOn).FactDate(clock);
        RuleFor(x => x.DiscontinuedOn).FactDate(clock)
            .Must((x, d) => d is null || x.LaunchedOn is null || d >= x.LaunchedOn).WithErrorCode(ErrorCodes.InvalidPeriod)
            .WithMessage("Must not be before the launch.");
        RuleFor(x => x.HomepageUrl).HttpUrl();
        RuleFor(x => x.LogoUrl).HttpUrl();
        RuleFor(x => x.Description).MaxLength(RuleExtensions.DescriptionMaxLength);
    }
}
