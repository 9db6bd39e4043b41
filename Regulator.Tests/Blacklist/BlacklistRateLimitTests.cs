using System.Net;
using System.Net.Http.Json;
using Regulator.Domain.Platforms;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Blacklist.BlacklistArrange;

namespace Regulator.Tests.Blacklist;

public sealed class RateLimitedPortal() : BlacklistPortal(DatabaseProvider.Sqlite, checkRequestsPerSecond: 3);

/// <summary>A platform over its configured check rate gets 429 with Retry-After; another platform is not slowed by it.</summary>
public sealed class BlacklistRateLimitTests(RateLimitedPortal portal) : IClassFixture<RateLimitedPortal>
{
    [Fact]
    public async Task A_platform_over_its_rate_gets_429_with_retry_after_and_others_are_unaffected()
    {
        var (_, greedy) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistCheck, provinceCode: "11");
        var (_, other) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistCheck, provinceCode: "44");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 10 && refused is null; i++)
        {
            var response = await greedy.PostAsJsonAsync("/api/v1/blacklist/check", new { identityNumber = NewIdentity() });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused = response;
        }

        Assert.NotNull(refused);
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) >= 3, string.Join(",", statuses));
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsJsonAsync("/api/v1/blacklist/check", new { identityNumber = NewIdentity() })).StatusCode);

        await Task.Delay(refused.Headers.RetryAfter!.Delta!.Value);
        Assert.Equal(HttpStatusCode.OK, (await greedy.PostAsJsonAsync("/api/v1/blacklist/check", new { identityNumber = NewIdentity() })).StatusCode);
    }
}
