using FluentValidation;
using Landscape.Data.Entities;

namespace Landscape.Data.Validation;

/// <summary>The rules of one source's own fields.</summary>
public sealed class SourceValidator : AbstractValidator<Source>
{
    public SourceValidator(TimeProvider clock)
    {
        RuleFor(x => x.Url).Required().HttpUrl();
        RuleFor(x => x.Title).Required().MaxLength(500);
        RuleFor(x => x.Publisher).MaxLength(RuleExtensions.NameMaxLength);
        RuleFor(x => x.PublishedOn).FactDate(clock);
        RuleFor(x => x.RetrievedOn).FactDate(clock);
    }
}
