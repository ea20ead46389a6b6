using System.ComponentModel;
namespace Landscape.Data.Writing;

/// <summary>An investor in a round: the organization and whether it led.</summary>
public record InvestorFields
{
    public Optional<string?> Organization { get; init; }
    [Description("Whether it led the round.")]
    public Optional<bool> IsLead { get; init; }
}
