namespace Landscape.Api.Graph.Products;

public enum ProductOrderField { Name, LaunchedOn, TotalFundingUsd, LatestMau, UpdatedAt }
