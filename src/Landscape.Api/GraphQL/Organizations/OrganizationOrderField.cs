namespace Landscape.Api.GraphQL.Organizations;

public enum OrganizationOrderField { Name, FoundedYear, TotalFundingUsd }
