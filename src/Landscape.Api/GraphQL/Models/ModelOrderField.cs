namespace Landscape.Api.GraphQL.Models;

public enum ModelOrderField { Name, ReleasedOn, Parameters }
