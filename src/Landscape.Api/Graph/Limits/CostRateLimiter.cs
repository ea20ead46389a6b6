using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Landscape.Api.Graph.Limits;

/// <summary>
/// A token bucket per caller (per API key, else per client address) charged each request's
/// computed cost before it runs; writes cost more. A request that does not fit is refused with
/// RATE_LIMITED, answered 429 with Retry-After, and the bucket's state goes in extensions.cost.
/// </summary>
public sealed class CostRateLimiter(IOptions<RateLimitOptions> options)
{
    public const string RateLimitedCode = "RATE_LIMITED";

    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _buckets = new();

    public RateLimitOptions Settings => options.Value;

    /// <summary>Takes <paramref name="cost"/> points from the caller's bucket; false (with when to retry) when they are not there.</summary>
    public (bool Allowed, long Remaining, TimeSpan RetryAfter) TryCharge(HttpContext http, double cost, bool isWrite)
    {
        var settings = options.Value;
        var points = (int)Math.Min(settings.TokenLimit, Math.Ceiling(Math.Max(1, cost) * (isWrite ? settings.WriteMultiplier : 1)));
        var bucket = _buckets.GetOrAdd(PartitionOf(http), _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.TokenLimit,
            TokensPerPeriod = settings.TokensPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            AutoReplenishment = true,
            QueueLimit = 0,
        }));
        using var lease = bucket.AttemptAcquire(points);
        var remaining = bucket.GetStatistics()?.CurrentAvailablePermits ?? 0;
        if (lease.IsAcquired)
        {
            return (true, remaining, TimeSpan.Zero);
        }
        var missing = points - remaining;
        return (false, remaining, TimeSpan.FromSeconds(Math.Ceiling((double)missing / settings.TokensPerSecond)));
    }

    /// <summary>The key's hash when one is sent (so a key is limited wherever it is used), else the client address.</summary>
    private static string PartitionOf(HttpContext http)
    {
        var headers = http.Request.Headers;
        var key = headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : headers["X-Api-Key"].ToString();
        return key.Length > 0
            ? "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))
            : "ip:" + http.Connection.RemoteIpAddress;
    }
}
