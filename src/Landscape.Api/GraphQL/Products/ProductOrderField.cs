namespace Landscape.Api.GraphQL.Products;

public enum ProductOrderField { Name, LaunchedOn, TotalFundingUsd, LatestMau, UpdatedAt }
