using FluentValidation;

namespace Landscape.Data.Validation;

public sealed class UsageMetricFieldsValidator : AbstractValidator<UsageMetricFields>
{
    public UsageMetricFieldsValidator(TimeProvider clock)
    {
        RuleFor(x => x.Metric).Required();
        RuleFor(x => x.Value).Required().NotNegative();
        RuleFor(x => x.AsOf).Required().FactDate(clock);
        RuleFor(x => x.Method).Required();
        RuleFor(x => x.PeriodStart).FactDate(clock);
        RuleFor(x => x.PeriodEnd).FactDate(clock)
            .Must((x, end) => end is null || x.PeriodStart is null || end >= x.PeriodStart).WithErrorCode(ErrorCodes.InvalidPeriod)
            .WithMessage("Must not be before the period start.");
        RuleFor(x => x.SourceUrl).Must(v => !string.IsNullOrWhiteSpace(v)).WithErrorCode(ErrorCodes.SourceRequired)
            .WithMessage("Every usage fact needs a source.").HttpUrl();
        RuleFor(x => x.Note).MaxLength(RuleExtensions.NoteMaxLength);
    }
}
