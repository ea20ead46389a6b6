using System.ComponentModel;
using Landscape.Data.Entities;

namespace Landscape.Data.Writing;

/// <summary>A funding round's editable fields; <see cref="Investors"/> replaces the list.</summary>
public record FundingRoundFields
{
    public Optional<DateOnly?> AnnouncedOn { get; init; }
    public Optional<RoundType> RoundType { get; init; }
    [Description("Amount in `currency`; omit when undisclosed.")]
    public Optional<decimal?> Amount { get; init; }
    [Description("ISO 4217 code of `amount`.")]
    public Optional<string?> Currency { get; init; }
    [Description("Amount in US dollars; required whenever `amount` is given.")]
    public Optional<decimal?> AmountUsd { get; init; }
    [Description("Post-money valuation in US dollars, where reported.")]
    public Optional<decimal?> PostMoneyValuationUsd { get; init; }
    public Optional<SourceFields?> Source { get; init; }
    [Description("What the analyst should know about this fact.")]
    public Optional<string?> Note { get; init; }
    public Optional<IReadOnlyList<InvestorFields>> Investors { get; init; }
}
