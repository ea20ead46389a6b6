namespace Landscape.Api.Graph.Funding;

public enum FundingRoundOrderField { AnnouncedOn, AmountUsd }
