using Landscape.Data.Entities;
using Landscape.Data.Validation;

namespace Landscape.Data.Writing;

public static class FundingRoundWrites
{
    /// <summary>Applies the fields to a round of <see cref="FundingRound.Organization"/> (set by the caller for a new round).</summary>
    public static async Task ApplyAsync(this FundingRound round, FundingRoundFields fields, WriteContext write)
    {
        var isNew = round.Id == 0;
        FieldCopy.Apply(fields, round);
        if (fields.Source.HasValue || isNew)
        {
            round.Source = (await write.CiteAsync(fields.Source.Or(null), [nameof(FundingRoundFields.Source)]))!;
        }
        var linksChanged = false;
        if (fields.Investors.HasValue)
        {
            var investors = new List<(Organization Investor, bool IsLead)>();
            for (var i = 0; i < fields.Investors.Value.Count; i++)
            {
                var given = fields.Investors.Value[i];
                var at = new[] { nameof(FundingRoundFields.Investors), i.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(InvestorFields.Organization) };
                if (given.Organization.Or(null) is not { } key || await write.FindAsync<Organization>(key, at) is not { } investor)
                {
                    continue;
                }
                if (investors.Any(x => ReferenceEquals(x.Investor, investor)))
                {
                    write.Report(at, ErrorCodes.Duplicate, $"{investor.Name} is listed twice among the investors.");
                    continue;
                }
                investors.Add((investor, given.IsLead.Or(false)));
            }
            linksChanged = Links.Sync(round.Investors, [.. investors.Select(x => x.Investor)], l => (l.InvestorId, l.Investor),
                o => new FundingRoundInvestor { Investor = o, InvestorId = o.Id });
            foreach (var link in round.Investors)
            {
                var lead = investors.First(x => ReferenceEquals(x.Investor, link.Investor) || (x.Investor.Id != 0 && x.Investor.Id == link.InvestorId)).IsLead;
                linksChanged |= link.IsLead != lead;
                link.IsLead = lead;
            }
        }
        if (linksChanged && !isNew)
        {
            round.UpdatedAt = write.Clock.GetUtcNow();
        }
        write.Validate(write.Validators.FundingRound, round);
        CatalogRules.NotBeforeFounding(write, round.Organization, round.AnnouncedOn, nameof(FundingRoundFields.AnnouncedOn));
        if (round.AnnouncedOn != default && (isNew || fields.AnnouncedOn.HasValue || fields.RoundType.HasValue))
        {
            await CatalogRules.UniqueAsync(write, round);
        }
    }
}
