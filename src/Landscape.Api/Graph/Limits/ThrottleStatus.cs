namespace Landscape.Api.Graph.Limits;

/// <summary>A caller's rate-limit bucket as extensions.cost.throttleStatus shows it (Shopify's names).</summary>
public sealed record ThrottleStatus(int MaximumAvailable, long CurrentlyAvailable, int RestoreRate, int WriteMultiplier)
{
    public Dictionary<string, object> ToExtension() => new()
    {
        ["maximumAvailable"] = MaximumAvailable,
        ["currentlyAvailable"] = CurrentlyAvailable,
        ["restoreRate"] = RestoreRate,
        ["writeMultiplier"] = WriteMultiplier,
    };
}
