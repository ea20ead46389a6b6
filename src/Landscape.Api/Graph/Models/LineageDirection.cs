namespace Landscape.Api.Graph.Models;

public enum LineageDirection { Ancestors, Descendants }
