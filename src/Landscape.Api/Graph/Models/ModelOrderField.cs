namespace Landscape.Api.Graph.Models;

public enum ModelOrderField { Name, ReleasedOn, Parameters }
