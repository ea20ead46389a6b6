using FluentValidation;
using Landscape.Data.Entities;

namespace Landscape.Data.Validation;

/// <summary>The rules of one organization's own fields.</summary>
public sealed class OrganizationValidator : AbstractValidator<Organization>
{
    public OrganizationValidator(TimeProvider clock)
    {
        RuleFor(x => x.Slug).Slug();
        RuleFor(x => x.Name).Required().MaxLength(RuleExtensions.NameMaxLength);
        RuleFor(x => x.FoundedYear)
            .Must(y => y is null || (y >= 1800 && y <= clock.GetUtcNow().Year)).WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage("Must be a year between 1800 and this year.");
        RuleFor(x => x.HqCountry).CountryCode();
        RuleFor(x => x.HqCity).MaxLength(100);
        RuleFor(x => x.WebsiteUrl).HttpUrl();
        RuleFor(x => x.LogoUrl).HttpUrl();
        RuleFor(x => x.Description).MaxLength(RuleExtensions.DescriptionMaxLength);
    }
}
