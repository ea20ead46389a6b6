namespace Landscape.Api.Graph.Mutations;

/// <summary>What every mutation answers: the entity it wrote (null when nothing was written) and the reasons why not.</summary>
public sealed record Payload(object? Entity, IReadOnlyList<UserError> UserErrors)
{
    public static Payload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
