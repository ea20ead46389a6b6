namespace Landscape.Data.Entities;

// Stored as CONSTANT_CASE text (see ConstantCaseEnumConverter), the same spelling the
// GraphQL API and the seed files use.

public enum Layer { Model, Middleware, Application }

public enum OrganizationKind { Company, BigTech, Lab, Investor, Community }

public enum ProductStatus { Active, Discontinued, Acquired }

public enum Modality { Text, Code, Image, Audio, Video, Multimodal, Embedding }

public enum LineageRelation { FineTune, Successor, Distillation, ContinuedPretraining, Merge }

public enum RoundType
{
    PreSeed, Seed, SeriesA, SeriesB, SeriesC, SeriesD, SeriesE, SeriesF, SeriesG, SeriesH, SeriesI, SeriesJ,
    Corporate, Strategic, Grant, Debt, Ipo, Undisclosed,
}

public enum UsageMetricKind
{
    MonthlyActiveUsers, WeeklyActiveUsers, DailyActiveUsers, RegisteredUsers, CommunityMembers,
    MonthlyVisits, PayingSubscribers, Downloads, AnnualizedRevenueUsd,
}

public enum MeasurementMethod { CompanyReported, ThirdPartyEstimate, MediaReport }

/// <summary>How close a source is to the fact: the organization itself, a named outlet's own reporting, or a second-hand page.</summary>
public enum SourceGrade { Primary, News, Secondary }

public enum ApiKeyRole { Analyst, Admin }

public enum ChangeAction { Create, Update, Archive, Delete }
