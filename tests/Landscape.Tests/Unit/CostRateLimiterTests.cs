using System.Diagnostics;
using System.Net;
using Landscape.Api.Graph.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Landscape.Tests.Unit;

public sealed class CostRateLimiterTests
{
    [Fact]
    public async Task A_hundred_thousand_one_off_callers_leave_no_buckets_behind_once_idle()
    {
        // Each caller spends 1 point of 100; its bucket is full again within one refill (1,000 a second).
        using var limiter = new CostRateLimiter(Options.Create(new RateLimitOptions { TokenLimit = 100, TokensPerSecond = 1_000 }));
        const int Callers = 100_000;
        for (var i = 0; i < Callers; i++)
        {
            Assert.True(limiter.TryCharge(From(new IPAddress(0x0A000000 + i)), cost: 1, isWrite: false).Allowed);
        }
        Assert.Equal(Callers, limiter.Callers);

        // The partitioned limiter drops a bucket after it has been full for 10 s: wait for that, generously.
        var waited = Stopwatch.StartNew();
        while (limiter.Callers > 0 && waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(250);
        }
        Assert.Equal(0, limiter.Callers);

        // A caller that comes back starts with a full bucket, as a new one would.
        var (allowed, remaining, _) = limiter.TryCharge(From(new IPAddress(0x0A000000)), cost: 10, isWrite: false);
        Assert.True(allowed);
        Assert.Equal(90, remaining);
        Assert.Equal(1, limiter.Callers);
    }

    [Fact]
    public void A_caller_over_budget_is_refused_with_when_to_retry_and_others_are_not()
    {
        using var limiter = new CostRateLimiter(Options.Create(new RateLimitOptions { TokenLimit = 300, TokensPerSecond = 10, WriteMultiplier = 10 }));
        var caller = From(IPAddress.Parse("192.0.2.1"));

        Assert.Equal((true, 100L, TimeSpan.Zero), limiter.TryCharge(caller, cost: 20, isWrite: true));
        var (allowed, remaining, retryAfter) = limiter.TryCharge(caller, cost: 150, isWrite: false);

        Assert.False(allowed);
        Assert.InRange(remaining, 100, 110);
        // 150 points wanted, about 100 there: 5 s at 10 a second.
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5));
        Assert.True(limiter.TryCharge(From(IPAddress.Parse("192.0.2.2")), cost: 150, isWrite: false).Allowed);
    }

    private static DefaultHttpContext From(IPAddress address) => new() { Connection = { RemoteIpAddress = address } };
}
