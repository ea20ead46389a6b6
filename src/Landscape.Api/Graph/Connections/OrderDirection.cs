namespace Landscape.Api.Graph.Connections;

public enum OrderDirection { Asc, Desc }
