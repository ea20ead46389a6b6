using FluentValidation;

namespace Landscape.Data.Validation;

public sealed class FundingRoundFieldsValidator : AbstractValidator<FundingRoundFields>
{
    public FundingRoundFieldsValidator(TimeProvider clock)
    {
        RuleFor(x => x.AnnouncedOn).Required().FactDate(clock);
        RuleFor(x => x.RoundType).Required();
        RuleFor(x => x.Amount).NotNegative();
        RuleFor(x => x.AmountUsd).NotNegative()
            .Must((x, usd) => x.Amount is null || usd is not null).WithErrorCode(ErrorCodes.UsdAmountRequired)
            .WithMessage("Required whenever an amount is given.");
        RuleFor(x => x.Currency).CurrencyCode()
            .Must((x, c) => x.Amount is null || c is not null).WithErrorCode(ErrorCodes.Required)
            .WithMessage("Required whenever an amount is given.");
        RuleFor(x => x.PostMoneyValuationUsd).NotNegative();
        RuleFor(x => x.SourceUrl).Must(v => !string.IsNullOrWhiteSpace(v)).WithErrorCode(ErrorCodes.SourceRequired)
            .WithMessage("Every funding round needs a source.").HttpUrl();
        RuleFor(x => x.Note).MaxLength(RuleExtensions.NoteMaxLength);
    }
}
