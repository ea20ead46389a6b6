using Landscape.Data.Entities;

namespace Landscape.Data.Writing;

/// <summary>A funding round's editable fields; <see cref="Investors"/> replaces the list.</summary>
public record FundingRoundFields
{
    public Optional<DateOnly?> AnnouncedOn { get; init; }
    public Optional<RoundType> RoundType { get; init; }
    public Optional<decimal?> Amount { get; init; }
    public Optional<string?> Currency { get; init; }
    public Optional<decimal?> AmountUsd { get; init; }
    public Optional<decimal?> PostMoneyValuationUsd { get; init; }
    public Optional<SourceFields?> Source { get; init; }
    public Optional<string?> Note { get; init; }
    public Optional<IReadOnlyList<InvestorFields>> Investors { get; init; }
}
