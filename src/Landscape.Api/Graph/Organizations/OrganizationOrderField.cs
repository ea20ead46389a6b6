namespace Landscape.Api.Graph.Organizations;

public enum OrganizationOrderField { Name, FoundedYear, TotalFundingUsd }
