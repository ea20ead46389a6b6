using GraphQL;

namespace Landscape.Api.Graph.Types;

/// <summary>
/// The day a request looks at the landscape on (null: today, with everything known). Set by an
/// `asOf` argument on a field and inherited by every fact below it, so
/// `landscape(asOf: "2022-12-31") { ... organization { totalFundingUsd } }` sums only the rounds
/// announced by then.
/// </summary>
public readonly record struct AsOfDay(DateOnly? Day)
{
    public const string Argument = "asOf";

    public static AsOfDay From(IResolveFieldContext context)
    {
        for (IResolveFieldContext? c = context; c is not null; c = c.Parent)
        {
            if (c.Arguments?.TryGetValue(Argument, out var value) == true && value.Value is DateOnly day)
            {
                return new AsOfDay(day);
            }
        }
        return default;
    }
}
