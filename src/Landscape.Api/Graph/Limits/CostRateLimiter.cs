using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Landscape.Api.Graph.Limits;

/// <summary>
/// A token bucket per caller (per API key, else per client address) charged each request's
/// computed cost before it runs; writes cost more. A request that does not fit is refused with
/// RATE_LIMITED, answered 429 with Retry-After, and the bucket's state goes in extensions.cost.
/// The buckets are partitions of System.Threading.RateLimiting's partitioned limiter, which refills
/// them all from one timer and drops a bucket that has stayed full for 10 seconds: a full bucket is
/// what a new caller gets, so forgetting it changes nothing, and a stream of one-off callers (a scan
/// from many addresses) leaves no state behind.
/// </summary>
public sealed class CostRateLimiter : IDisposable
{
    public const string RateLimitedCode = "RATE_LIMITED";

    private readonly IOptions<RateLimitOptions> _options;
    private readonly PartitionedRateLimiter<string> _buckets;
    private int _callers;

    public CostRateLimiter(IOptions<RateLimitOptions> options)
    {
        _options = options;
        _buckets = PartitionedRateLimiter.Create<string, string>(caller => RateLimitPartition.Get(caller, _ => new Bucket(this)));
    }

    public RateLimitOptions Settings => _options.Value;

    /// <summary>How many callers have a bucket right now (a test watches idle ones go).</summary>
    internal int Callers => Volatile.Read(ref _callers);

    /// <summary>Takes <paramref name="cost"/> points from the caller's bucket; false (with when to retry) when they are not there.</summary>
    public (bool Allowed, long Remaining, TimeSpan RetryAfter) TryCharge(HttpContext http, double cost, bool isWrite)
    {
        var settings = _options.Value;
        var caller = PartitionOf(http);
        var points = (int)Math.Min(settings.TokenLimit, Math.Ceiling(Math.Max(1, cost) * (isWrite ? settings.WriteMultiplier : 1)));
        using var lease = _buckets.AttemptAcquire(caller, points);
        var remaining = _buckets.GetStatistics(caller)?.CurrentAvailablePermits ?? 0;
        if (lease.IsAcquired)
        {
            return (true, remaining, TimeSpan.Zero);
        }
        var missing = points - remaining;
        return (false, remaining, TimeSpan.FromSeconds(Math.Ceiling((double)missing / settings.TokensPerSecond)));
    }

    public void Dispose() => _buckets.Dispose();

    /// <summary>The key's hash when one is sent (so a key is limited wherever it is used), else the client address.</summary>
    private static string PartitionOf(HttpContext http)
    {
        var headers = http.Request.Headers;
        var key = headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : headers["X-Api-Key"].ToString();
        return key.Length > 0
            ? "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))
            : "ip:" + http.Connection.RemoteIpAddress;
    }

    /// <summary>
    /// One caller's token bucket, counted while the partitioned limiter keeps it (it disposes the
    /// ones it drops). Not replenishing itself: the partitioned limiter's timer refills every bucket
    /// in proportion to the time gone by, instead of a timer per caller.
    /// </summary>
    private sealed class Bucket : ReplenishingRateLimiter
    {
        private readonly CostRateLimiter _owner;
        private readonly TokenBucketRateLimiter _tokens;
        private int _disposed;

        public Bucket(CostRateLimiter owner)
        {
            var settings = owner._options.Value;
            _owner = owner;
            _tokens = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = settings.TokenLimit,
                TokensPerPeriod = settings.TokensPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                AutoReplenishment = false,
                QueueLimit = 0,
            });
            Interlocked.Increment(ref owner._callers);
        }

        public override TimeSpan? IdleDuration => _tokens.IdleDuration;

        public override bool IsAutoReplenishing => false;

        public override TimeSpan ReplenishmentPeriod => _tokens.ReplenishmentPeriod;

        public override bool TryReplenish() => _tokens.TryReplenish();

        public override RateLimiterStatistics? GetStatistics() => _tokens.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => _tokens.AttemptAcquire(permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            _tokens.AcquireAsync(permitCount, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _tokens.Dispose();
                Interlocked.Decrement(ref _owner._callers);
            }
            base.Dispose(disposing);
        }

        // The partitioned limiter drops a bucket with DisposeAsync, which does not call Dispose(true).
        protected override async ValueTask DisposeAsyncCore()
        {
            Dispose(true);
            await base.DisposeAsyncCore();
        }
    }
}
