using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.SpotChecks;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Documents;

namespace Regulator.Tests.SpotChecks;

/// <summary>
/// The portal with its demo spot checks: the public record needs no sign-in, shows only published plans and no identity
/// number, and its verification replays the draw; a task's notice reaches its own province only.
/// </summary>
public sealed partial class SpotChecksPortalTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task The_public_record_lists_published_plans_without_sign_in_and_verifies_their_draws(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var anonymous = portal.CreatePortalClient();

        using var list = await anonymous.GetAsync("/api/public/spot-checks");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var plans = JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement;
        Assert.True(plans.GetArrayLength() >= 1);
        var planId = plans[0].GetProperty("id").GetInt32();

        var detailText = await anonymous.GetStringAsync($"/api/public/spot-checks/{planId}");
        Assert.DoesNotMatch(IdentityNumber(), detailText);
        var detail = JsonDocument.Parse(detailText).RootElement;
        Assert.True(detail.GetProperty("targets").GetArrayLength() >= 1);
        var drawId = detail.GetProperty("draws")[0].GetProperty("id").GetInt32();

        var verification = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/public/spot-checks/draws/{drawId}/verification")).RootElement;
        Assert.True(verification.GetProperty("matches").GetBoolean());
        Assert.True(verification.GetProperty("tasksMatch").GetBoolean());

        using var snapshot = await anonymous.GetAsync($"/api/public/spot-checks/draws/{drawId}/snapshot");
        Assert.Equal(HttpStatusCode.OK, snapshot.StatusCode);
        await using var gzip = new GZipStream(await snapshot.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var text = new MemoryStream();
        await gzip.CopyToAsync(text);
        Assert.Equal(snapshot.Headers.GetValues("X-Snapshot-SHA256").Single(), Convert.ToHexStringLower(SHA256.HashData(text.ToArray())));

        using var pdf = await anonymous.GetAsync($"/api/public/spot-checks/{planId}/announcement.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var printed = DocumentPrinting.Text(DocumentPrinting.Save($"spot-check-announcement-{provider}", await pdf.Content.ReadAsByteArrayAsync()));
        Assert.Contains("抽查结果公示", printed);
        Assert.Contains(detail.GetProperty("draws")[0].GetProperty("seedHex").GetString()!, printed);
        Assert.DoesNotMatch(IdentityNumber(), printed);
    }

    [Theory, BothProviders]
    public async Task Unpublished_plans_and_their_draws_are_not_found_in_public(DatabaseProvider provider)
    {
        var portal = portals[provider];
        await using var db = portal.CreateDbContext();
        var unpublished = await db.SpotCheckPlans.Where(p => p.Status != PlanStatus.Closed).Select(p => p.Id).ToListAsync();
        var draws = await db.SpotCheckDraws.Where(d => unpublished.Contains(d.PlanId)).Select(d => d.Id).ToListAsync();
        Assert.NotEmpty(unpublished);
        var anonymous = portal.CreatePortalClient();
        foreach (var id in unpublished)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/spot-checks/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/spot-checks/{id}/announcement.pdf")).StatusCode);
        }
        foreach (var id in draws)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/spot-checks/draws/{id}/verification")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/spot-checks/draws/{id}/snapshot")).StatusCode);
        }
    }

    [Theory, BothProviders]
    public async Task A_task_notice_prints_for_its_own_province_and_is_not_found_from_another(DatabaseProvider provider)
    {
        var portal = portals[provider];
        await using var db = portal.CreateDbContext();
        var task = await db.SpotCheckTasks.Include(t => t.Inspectors).FirstAsync(t => t.ProvinceCode == "11" && t.Status != SpotCheckTaskStatus.Cancelled);

        var guangdong = await portal.SignInAsync("gd.admin");
        Assert.Equal(HttpStatusCode.NotFound, (await guangdong.GetAsync($"/spot-checks/tasks/{task.Id}/notice.pdf")).StatusCode);
        var gdInspector = await portal.SignInAsync("gd.inspector");
        Assert.Equal(HttpStatusCode.NotFound, (await gdInspector.GetAsync($"/spot-checks/tasks/{task.Id}/notice.pdf")).StatusCode);
        Assert.Null(await db.GeneratedDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Key == $"spot-check-notice:{task.Id}"));

        var beijing = await portal.SignInAsync("bj.admin");
        using var notice = await beijing.GetAsync($"/spot-checks/tasks/{task.Id}/notice.pdf");
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        var printed = DocumentPrinting.Text(DocumentPrinting.Save($"spot-check-notice-{provider}", await notice.Content.ReadAsByteArrayAsync()));
        Assert.Contains("随机抽查通知书", printed);
        Assert.Contains(task.PlatformName, printed);
        Assert.Contains(task.Inspectors[0].Name, printed);
    }

    /// <summary>An 18-character resident identity number in clear.</summary>
    [GeneratedRegex(@"\d{17}[\dXx]")]
    private static partial Regex IdentityNumber();
}
