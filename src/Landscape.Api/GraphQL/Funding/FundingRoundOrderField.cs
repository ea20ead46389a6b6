namespace Landscape.Api.GraphQL.Funding;

public enum FundingRoundOrderField { AnnouncedOn, AmountUsd }
