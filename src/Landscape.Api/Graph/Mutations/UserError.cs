namespace Landscape.Api.Graph.Mutations;

/// <summary>An expected failure of a mutation, for the caller to show next to the field it is about.</summary>
public sealed record UserError(IReadOnlyList<string> Field, string Code, string Message);
