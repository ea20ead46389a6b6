namespace Landscape.Api.GraphQL.Models;

public enum LineageDirection { Ancestors, Descendants }
