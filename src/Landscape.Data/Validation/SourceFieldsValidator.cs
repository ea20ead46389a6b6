using FluentValidation;

namespace Landscape.Data.Validation;

public sealed class SourceFieldsValidator : AbstractValidator<SourceFields>
{
    public SourceFieldsValidator(TimeProvider clock)
    {
        RuleFor(x => x.Url).Required().HttpUrl();
        RuleFor(x => x.Title).Required().MaxLength(500);
        RuleFor(x => x.Publisher).MaxLength(RuleExtensions.NameMaxLength);
        RuleFor(x => x.PublishedOn).FactDate(clock);
        RuleFor(x => x.RetrievedOn).FactDate(clock);
    }
}
