using Landscape.Data;

namespace Landscape.Api.Graph.Pipeline;

/// <summary>
/// What one GraphQL request carries from stage to stage, in typed properties: created once by the
/// HTTP handler and handed to GraphQL.NET as the user context, so validation rules, execution
/// steps and resolvers reach it through <see cref="Of"/>; the handler reads it back to answer
/// (Retry-After) and to free the heavy slot. GraphQL.NET types a user context as a dictionary,
/// hence the base class; nothing is kept in it.
/// </summary>
public sealed class RequestState : Dictionary<string, object?>
{
    /// <summary>The cost computed before the request ran (extensions.cost, telemetry); null until validation computed it.</summary>
    public QueryCost.Measured? Cost { get; set; }

    /// <summary>The caller's budget to show in extensions.cost.throttleStatus; null when the answer does not carry it.</summary>
    public ThrottleStatus? Throttle { get; set; }

    /// <summary>When a caller whose budget ran out may come back (the Retry-After of a 429); null otherwise.</summary>
    public TimeSpan? RetryAfter { get; set; }

    /// <summary>The SQL commands the request has taken so far (extensions.cost, telemetry); null before execution starts.</summary>
    public SqlCommandCounter.Scope? SqlCommands { get; set; }

    /// <summary>The wait for (then the hold of) the request's heavy slot, shared by its maps; see <see cref="HeavyRequestGate"/>.</summary>
    internal Task<IDisposable>? HeavySlot { get; set; }

    /// <summary>The state of the request a user context belongs to (every request the service runs has one).</summary>
    public static RequestState Of(IDictionary<string, object?> userContext) =>
        userContext as RequestState
        ?? throw new InvalidOperationException($"The request was run without a {nameof(RequestState)} as its user context.");
}
