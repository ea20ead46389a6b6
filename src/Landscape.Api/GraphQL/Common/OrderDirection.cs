namespace Landscape.Api.GraphQL.Common;

public enum OrderDirection { Asc, Desc }
