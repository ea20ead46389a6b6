using FluentValidation;
using Landscape.Data.Entities;

namespace Landscape.Data.Validation;

/// <summary>The rules of one funding round's own fields.</summary>
public sealed class FundingRoundValidator : AbstractValidator<FundingRound>
{
    public FundingRoundValidator(TimeProvider clock)
    {
        RuleFor(x => x.AnnouncedOn).FactDate(clock).MatchesNote(x => x.Note);
        RuleFor(x => x.Amount).NotNegative();
        RuleFor(x => x.AmountUsd).NotNegative()
            .Must((x, usd) => x.Amount is null || usd is not null).WithErrorCode(ErrorCodes.UsdAmountRequired)
            .WithMessage("Required whenever an amount is given.");
        RuleFor(x => x.Currency).CurrencyCode()
            .Must((x, c) => x.Amount is null || c is not null).WithErrorCode(ErrorCodes.Required)
            .WithMessage("Required whenever an amount is given.");
        RuleFor(x => x.PostMoneyValuationUsd).NotNegative();
        RuleFor(x => x.Note).MaxLength(RuleExtensions.NoteMaxLength);
    }
}
