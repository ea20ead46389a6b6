using System.Globalization;
using Landscape.Data.Validation;

namespace Landscape.Data.Seed;

/// <summary>Turns the text of seed entries into typed fields, noting every value that does not parse.</summary>
internal sealed class SeedMapper(List<SeedProblem> problems)
{
    public SourceFields Map(SeedSource s) =>
        new(s.Url, s.Title, s.Publisher, Date(s, "published_on", s.PublishedOn), Date(s, "retrieved_on", s.RetrievedOn));

    public CategoryFields Map(SeedCategory c) =>
        new(c.Slug, c.Name, Enum<Entities.Layer>(c, "layer", c.Layer), c.Description);

    public OrganizationFields Map(SeedOrganization o) =>
        new(o.Slug, o.Name, Enum<Entities.OrganizationKind>(o, "kind", o.Kind), o.FoundedYear, o.HqCountry, o.HqCity,
            o.WebsiteUrl, o.LogoUrl, o.Description);

    public ProductFields Map(SeedProduct p) =>
        new(p.Slug, p.Name, Enum<Entities.Layer>(p, "layer", p.Layer), Date(p, "launched_on", p.LaunchedOn),
            Date(p, "discontinued_on", p.DiscontinuedOn), Enum<Entities.ProductStatus>(p, "status", p.Status ?? "ACTIVE"),
            p.HomepageUrl, p.LogoUrl, p.Description);

    public ModelFields Map(SeedModel m) =>
        new(m.Slug, m.Name, Date(m, "released_on", m.ReleasedOn), Enum<Entities.Modality>(m, "modality", m.Modality),
            m.Parameters, m.TrainingTokens, m.ContextWindow, m.License, m.Description, m.TrainingGpus, m.TrainingGpuType,
            m.TrainingDays, m.TrainingCostUsd);

    public FundingRoundFields Map(SeedFundingRound r) =>
        new(Date(r, "announced_on", r.AnnouncedOn), Enum<Entities.RoundType>(r, "round_type", r.RoundType), r.Amount,
            r.Currency, r.AmountUsd, r.PostMoneyValuationUsd, r.Source, r.Note);

    public UsageMetricFields Map(SeedUsage u) =>
        new(Enum<Entities.UsageMetricKind>(u, "metric", u.Metric), u.Value, Date(u, "as_of", u.AsOf),
            Date(u, "period_start", u.PeriodStart), Date(u, "period_end", u.PeriodEnd),
            Enum<Entities.MeasurementMethod>(u, "method", u.Method), u.Source, u.Note);

    public Entities.LineageRelation? Map(SeedLineage l) =>
        Enum<Entities.LineageRelation>(l, "relation", l.Relation);

    private DateOnly? Date(SeedEntry entry, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add(new SeedProblem(entry.File, entry.Line, field, ErrorCodes.InvalidDate,
            $"'{text}' is not a date; write YYYY-MM-DD."));
        return null;
    }

    private TEnum? Enum<TEnum>(SeedEntry entry, string field, string? text) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (ConstantCase.TryParse<TEnum>(text, out var value))
        {
            return value;
        }
        problems.Add(new SeedProblem(entry.File, entry.Line, field, ErrorCodes.InvalidEnum,
            $"'{text}' is not one of {string.Join(", ", ConstantCase.AllNames<TEnum>())}."));
        return null;
    }
}
