using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;
using Regulator.Domain.Identity;

namespace Regulator.Tests.Blacklist;

/// <summary>Puts entries through circulation inside a portal and asks its API, as the blacklist tests need.</summary>
public static class BlacklistArrange
{
    public static readonly Actor Beijing = Actor.ProvincialAdministrator("bj.admin", "11");

    /// <summary>A second Beijing administrator: the one who proposed an entry may not confirm it.</summary>
    public static readonly Actor BeijingReviewer = Actor.ProvincialAdministrator("bj.reviewer", "11");
    public static readonly Actor National = Actor.NationalAdministrator("national.admin");

    private static readonly Randomizer Random = new(4);
    private static readonly Lock RandomLock = new();

    /// <summary>
    /// A valid resident ID number nobody else in the run uses, of an adult born 1970–1994: a birth date near 18 years
    /// back would make some filings wait for a guardian's consent, whatever the blacklist says.
    /// </summary>
    public static string NewIdentity(string province = "11")
    {
        lock (RandomLock) return DemoIdentities.ResidentId(Random, province, new DateOnly(1970, 1, 1).AddDays(Random.Int(0, 9000)));
    }

    public static async Task<BlacklistEntry> ProposeAsync(PortalFactory portal, string identityNumber, BlacklistSeverity severity = BlacklistSeverity.TimedBan,
        Actor? proposer = null, IReadOnlyList<string>? displayNames = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
        var platform = await db.Platforms.OrderBy(p => p.Id).FirstAsync();
        var today = ChinaTime.Today(TimeProvider.System);
        var result = await scope.ServiceProvider.GetRequiredService<BlacklistCirculation>().ProposeAsync(new BlacklistProposal(identityNumber, displayNames ?? ["测试主播"], [platform.Id],
            "obscene-material", "直播中传播淫秽色情内容", ["案卷 2026-001"], severity, today.AddDays(-1), severity == BlacklistSeverity.Permanent ? null : today.AddDays(90)),
            proposer ?? Beijing, Agency.Cyberspace);
        return result.Value;
    }

    public static async Task<BlacklistEntry> PublishAsync(PortalFactory portal, string identityNumber, BlacklistSeverity severity = BlacklistSeverity.TimedBan)
    {
        var entry = await ProposeAsync(portal, identityNumber, severity);
        await using var scope = portal.Services.CreateAsyncScope();
        var circulation = scope.ServiceProvider.GetRequiredService<BlacklistCirculation>();
        Assert.True((await circulation.ConfirmAsync(entry.Id, BeijingReviewer, "事实清楚")).Succeeded);
        return (await circulation.PublishAsync([entry.Id], National, "批准全国通报")).Value.Single();
    }

    public static async Task LiftAsync(PortalFactory portal, long entryId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<BlacklistCirculation>().LiftAsync(entryId, National, BlacklistLiftGround.AppealUpheld, "申诉成立")).Succeeded);
    }

    /// <summary>Files individual publishers on a platform through intake; returns each publisher id's filing id.</summary>
    public static async Task<Dictionary<string, long>> FileAsync(PortalFactory portal, int platformId, params (string PublisherId, string Identity)[] publishers)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<FilingIntake>().SubmitAsync(platformId,
            publishers.Select(p => new FilingDraft(p.PublisherId, PublisherType.Individual, "孙八", p.Identity, ["孙八直播"], ContentKinds.Other, null)).ToList(),
            new FilingSource(SubmissionChannel.Api, "tests"))).Succeeded);
        var ids = publishers.Select(p => p.PublisherId).ToList();
        return await scope.ServiceProvider.GetRequiredService<RegulatorDbContext>().Filings.AsNoTracking()
            .Where(f => f.PlatformId == platformId && ids.Contains(f.PlatformPublisherId)).ToDictionaryAsync(f => f.PlatformPublisherId, f => f.Id);
    }

    /// <summary>A client carrying a new key of a platform in <paramref name="provinceCode"/> with the given scopes.</summary>
    public static async Task<(Platform Platform, HttpClient Client)> PlatformClientAsync(PortalFactory portal, PlatformApiScopes scopes, string provinceCode = "44")
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
        var platform = await db.Platforms.Where(p => p.ProvinceCode == provinceCode).OrderBy(p => p.Id).FirstAsync();
        var issued = (await scope.ServiceProvider.GetRequiredService<ApiKeyIssuer>().IssueAsync(platform, "test", scopes, "tests")).Value;
        var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.PlainText);
        return (platform, client);
    }

    /// <summary>The single check answer for one identity number.</summary>
    public static async Task<JsonElement> CheckAsync(this HttpClient client, string identityNumber)
    {
        var response = await client.PostAsJsonAsync("/api/v1/blacklist/check", new { identityNumber });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0];
    }

    /// <summary>The item error (<c>ApiItemError</c>) the check answers for one unreadable identity number; fails when there is none.</summary>
    public static async Task<JsonElement> CheckErrorAsync(this HttpClient client, string identityNumber)
    {
        var response = await client.PostAsJsonAsync("/api/v1/blacklist/check", new { identityNumber });
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(answer.GetProperty("results")[0].TryGetProperty("onList", out _), "An unreadable number must not be answered onList.");
        var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
        Assert.Equal(0, error.GetProperty("index").GetInt32());
        Assert.Equal("identityNumber", error.GetProperty("field").GetString());
        return error;
    }

    public static async Task<bool> IsOnListAsync(this HttpClient client, string identityNumber) =>
        (await client.CheckAsync(identityNumber)).GetProperty("onList").GetBoolean();

    /// <summary>Asks until the answer is <paramref name="expected"/>, for at most 5 s (the promise); returns how long it took.</summary>
    public static async Task<TimeSpan> WaitUntilOnListIsAsync(this HttpClient client, string identityNumber, bool expected)
    {
        var watch = Stopwatch.StartNew();
        while (await client.IsOnListAsync(identityNumber) != expected)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"The check still answered onList={!expected} after {watch.Elapsed.TotalSeconds:F1} s.");
            await Task.Delay(100);
        }
        return watch.Elapsed;
    }
}
