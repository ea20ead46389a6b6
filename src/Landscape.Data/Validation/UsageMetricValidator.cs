using FluentValidation;
using Landscape.Data.Entities;

namespace Landscape.Data.Validation;

/// <summary>The rules of one usage fact's own fields.</summary>
public sealed class UsageMetricValidator : AbstractValidator<UsageMetric>
{
    public UsageMetricValidator(TimeProvider clock)
    {
        RuleFor(x => x.Value).NotNegative();
        RuleFor(x => x.AsOf).FactDate(clock).MatchesNote(x => x.Note);
        RuleFor(x => x.PeriodStart).FactDate(clock);
        RuleFor(x => x.PeriodEnd).FactDate(clock)
            .Must((x, end) => end is null || x.PeriodStart is null || end >= x.PeriodStart).WithErrorCode(ErrorCodes.InvalidPeriod)
            .WithMessage("Must not be before the period start.");
        RuleFor(x => x.Note).MaxLength(RuleExtensions.NoteMaxLength);
    }
}
