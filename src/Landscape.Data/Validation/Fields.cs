using Landscape.Data.Entities;

namespace Landscape.Data.Validation;

// The fields of each kind of entry as analysts write them, whether they come from a GraphQL
// mutation, a seed file or an import: one validator each, so every path checks the same rules.
// References (organization, categories, source) are slugs and URLs, resolved by the caller.

public sealed record SourceFields(string? Url, string? Title, string? Publisher, DateOnly? PublishedOn, DateOnly? RetrievedOn);

public sealed record CategoryFields(string? Slug, string? Name, Layer? Layer, string? Description);

public sealed record OrganizationFields(
    string? Slug, string? Name, OrganizationKind? Kind, int? FoundedYear, string? HqCountry, string? HqCity,
    string? WebsiteUrl, string? LogoUrl, string? Description);

public sealed record ProductFields(
    string? Slug, string? Name, Layer? Layer, DateOnly? LaunchedOn, DateOnly? DiscontinuedOn, ProductStatus? Status,
    string? HomepageUrl, string? LogoUrl, string? Description);

public sealed record ModelFields(
    string? Slug, string? Name, DateOnly? ReleasedOn, Modality? Modality, long? Parameters, long? TrainingTokens,
    int? ContextWindow, string? License, string? Description, int? TrainingGpus, string? TrainingGpuType,
    decimal? TrainingDays, decimal? TrainingCostUsd);

public sealed record FundingRoundFields(
    DateOnly? AnnouncedOn, RoundType? RoundType, decimal? Amount, string? Currency, decimal? AmountUsd,
    decimal? PostMoneyValuationUsd, string? SourceUrl, string? Note);

public sealed record UsageMetricFields(
    UsageMetricKind? Metric, long? Value, DateOnly? AsOf, DateOnly? PeriodStart, DateOnly? PeriodEnd,
    MeasurementMethod? Method, string? SourceUrl, string? Note);
