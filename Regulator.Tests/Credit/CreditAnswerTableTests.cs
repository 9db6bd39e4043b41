using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Credit;
using Regulator.Domain.Platforms;
using Regulator.Tests.Blacklist;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Credit;

/// <summary>
/// The credit API's in-memory answers (<see cref="CreditAnswerTable"/>): a grade change, a listing and its repair, and
/// an identity correction reach the copy after a refresh; a grade stamped before a long transaction commits is not
/// missed; a platform reaches only its own publishers; no answer carries an identity number. Waits poll the copy and
/// the API (the bound is <c>Credit:AnswerStalenessMs</c>, 1 s by default), never sleep a fixed time.
/// </summary>
public sealed class CreditAnswerTableTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Theory, BothProviders]
    public async Task A_grade_change_a_listing_and_its_repair_reach_the_answer_from_memory(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var table = portal.Services.GetRequiredService<CreditAnswerTable>();
        var (platform, client) = await BlacklistArrange.PlatformClientAsync(portal, PlatformApiScopes.CreditQuery, "11");
        var publisherId = $"mem-{Guid.NewGuid():N}"[..16];
        var identity = BlacklistArrange.NewIdentity("11");
        await BlacklistArrange.FileAsync(portal, platform.Id, (publisherId, identity));
        await using var arrange = new CreditArrange(portal, CreditArrange.Beijing);
        await arrange.Subjects.AddMissingAsync();
        var subject = await SubjectOfAsync(arrange, platform.Id, publisherId);

        // The first database answer teaches the copy the new filing once its subject has been applied.
        var first = await WaitForAsync(table, client, platform.Id, publisherId, s => s.Grade == CreditGrade.A);
        Assert.Null(first.DesignationLevel);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var penalty = await arrange.Penalties.RecordAsync(subject.Id, $"京网信罚〔2026〕{Random.Shared.Next(100000, 999999)}号", today,
            CreditSeverity.Serious, "组织未成年人直播", CreditArrange.BeijingProposer);
        var graded = await arrange.Db.CreditSubjects.AsNoTracking().SingleAsync(s => s.Id == subject.Id);
        Assert.NotEqual(CreditGrade.A, graded.Grade);
        await WaitForAsync(table, client, platform.Id, publisherId, s => s.Grade == graded.Grade);

        var fact = await arrange.Db.CreditFacts.AsNoTracking().SingleAsync(f => f.SourceType == nameof(AdministrativePenalty) && f.SourceId == penalty.Value.Id.ToString());
        var designation = (await arrange.Procedure.ProposeAsync(new DesignationProposal(subject.Id, "serious-heavy-penalty", [fact.Id], "受到较重行政处罚"), CreditArrange.BeijingProposer)).Value;
        await arrange.Procedure.RecordDefenceAsync(designation.Id, "无异议", [], today, CreditArrange.BeijingProposer);
        var listed = (await arrange.Procedure.DecideAsync(designation.Id, true, "依法认定", CreditArrange.BeijingDecider)).Value;
        // The listing and the re-grade it causes commit one after the other; the copy reaches both.
        var inForce = await WaitForAsync(table, client, platform.Id, publisherId, s => s.DesignationLevel == DesignationLevel.Serious && s.Grade == CreditGrade.D);
        Assert.Equal((listed.StartsOn, listed.EndsOn), (inForce.DesignationStartsOn, inForce.DesignationEndsOn));
        Assert.Equal(listed.Measures, inForce.DesignationMeasures);

        await arrange.Procedure.ApplyForRepairAsync(designation.Id, "已缴纳罚款并完成整改", "承诺守法经营", CreditArrange.BeijingProposer);
        await arrange.Procedure.DecideRepairAsync(designation.Id, true, "准予信用修复", CreditArrange.BeijingDecider);
        // The repair's step has re-graded the subject before it returned: the copy reaches that grade without the listing.
        var regraded = (await arrange.Db.CreditSubjects.AsNoTracking().SingleAsync(s => s.Id == subject.Id)).Grade;
        await WaitForAsync(table, client, platform.Id, publisherId, s => s.DesignationLevel is null && s.Grade == regraded);

        var answer = await client.GetStringAsync($"/api/v1/credit/publishers/{publisherId}");
        Assert.DoesNotContain(identity, answer);
        Assert.DoesNotContain(identity[^4..] + "\"", answer);
    }

    [Theory, BothProviders]
    public async Task A_grade_stamped_before_a_long_transaction_commits_is_not_missed(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var table = portal.Services.GetRequiredService<CreditAnswerTable>();
        var (platform, client) = await BlacklistArrange.PlatformClientAsync(portal, PlatformApiScopes.CreditQuery, "11");
        var publisherId = $"late-{Guid.NewGuid():N}"[..16];
        await BlacklistArrange.FileAsync(portal, platform.Id, (publisherId, BlacklistArrange.NewIdentity("11")));
        await using (var arrange = new CreditArrange(portal, CreditArrange.Beijing)) await arrange.Subjects.AddMissingAsync();
        await WaitForAsync(table, client, platform.Id, publisherId, s => s.Grade == CreditGrade.A);

        // A grading transaction stamps its grade (dated a minute back, as a long set-based re-grade would) and then
        // holds its commit while the refresher polls: the refresher must not step past it.
        await using var db = portal.CreateDbContext();
        var subjectId = (await SubjectOfAsync(db, platform.Id, publisherId)).Id;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var version = await CreditAnswerStamp.NextAsync(db);
            await db.CreditSubjects.Where(s => s.Id == subjectId).ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Grade, CreditGrade.C).SetProperty(s => s.Score, 70).SetProperty(s => s.ChangeVersion, version)
                .SetProperty(s => s.GradedUtc, DateTime.UtcNow.AddMinutes(-1)));
            var held = Stopwatch.StartNew();
            // Wait until a refresh has read the version row after the stamp, while the commit is still held.
            while (table.Age >= held.Elapsed)
            {
                Assert.True(held.Elapsed < Patience, "The refresher did not poll while the transaction was open.");
                await Task.Delay(20);
            }
            Assert.True(table.Version < version, "The refresher applied a version whose transaction has not committed.");
            Assert.Equal(CreditGrade.A, table.Answer(platform.Id, publisherId)?.Grade ?? CreditGrade.A);
            await transaction.CommitAsync();
        }
        await WaitForAsync(table, client, platform.Id, publisherId, s => s.Grade == CreditGrade.C);
    }

    [Theory, BothProviders]
    public async Task A_corrected_identity_moves_the_answer_to_the_new_person_and_another_platform_gets_404(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var table = portal.Services.GetRequiredService<CreditAnswerTable>();
        var (platform, client) = await BlacklistArrange.PlatformClientAsync(portal, PlatformApiScopes.CreditQuery, "11");
        var (other, otherClient) = await BlacklistArrange.PlatformClientAsync(portal, PlatformApiScopes.CreditQuery, "44");
        var publisherId = $"fix-{Guid.NewGuid():N}"[..16];
        var mistyped = BlacklistArrange.NewIdentity("11");
        await BlacklistArrange.FileAsync(portal, platform.Id, (publisherId, mistyped));
        await using var arrange = new CreditArrange(portal, CreditArrange.Beijing);
        await arrange.Subjects.AddMissingAsync();
        var wrongPerson = await SubjectOfAsync(arrange, platform.Id, publisherId);
        await arrange.Penalties.RecordAsync(wrongPerson.Id, $"京网信罚〔2026〕{Random.Shared.Next(100000, 999999)}号", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)),
            CreditSeverity.Serious, "组织未成年人直播", CreditArrange.BeijingProposer);
        var penalised = (await arrange.Db.CreditSubjects.AsNoTracking().SingleAsync(s => s.Id == wrongPerson.Id)).Grade;
        await WaitForAsync(table, client, platform.Id, publisherId, s => s.Grade == penalised);

        // Platform scoping: the link is keyed by the caller's platform, so the other platform finds nothing, in memory or in the database.
        Assert.Null(table.Answer(other.Id, publisherId));
        using (var notMine = await otherClient.GetAsync($"/api/v1/credit/publishers/{publisherId}"))
            Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);

        // The platform corrects the identity number: the same publisher id is now a person with a clean record.
        var corrected = BlacklistArrange.NewIdentity("11");
        await BlacklistArrange.FileAsync(portal, platform.Id, (publisherId, corrected));
        var filing = await arrange.Db.Filings.AsNoTracking().SingleAsync(f => f.PlatformId == platform.Id && f.PlatformPublisherId == publisherId);
        var rightPerson = await arrange.Subjects.PublisherAsync(filing.IdentityBlindIndex, ("", "", "11", filing.Agency));
        Assert.NotEqual(wrongPerson.Id, rightPerson.Id);
        await WaitForAsync(table, client, platform.Id, publisherId, s => s.Grade == CreditGrade.A);
        var answer = await client.GetStringAsync($"/api/v1/credit/publishers/{publisherId}");
        Assert.DoesNotContain(corrected, answer);
        Assert.DoesNotContain(mistyped, answer);
    }

    private static Task<CreditSubject> SubjectOfAsync(CreditArrange arrange, int platformId, string publisherId) => SubjectOfAsync(arrange.Db, platformId, publisherId);

    private static async Task<CreditSubject> SubjectOfAsync(Domain.Persistence.RegulatorDbContext db, int platformId, string publisherId)
    {
        var filing = await db.Filings.IgnoreQueryFilters().AsNoTracking().SingleAsync(f => f.PlatformId == platformId && f.PlatformPublisherId == publisherId);
        return await db.CreditSubjects.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.IdentityBlindIndex == filing.IdentityBlindIndex);
    }

    /// <summary>
    /// Asks the API (whose database answers teach the copy new filings) until the copy itself answers what
    /// <paramref name="expected"/> wants, and the API answers the same; fails after <see cref="Patience"/>.
    /// </summary>
    private static async Task<PublisherCreditStanding> WaitForAsync(CreditAnswerTable table, HttpClient client, int platformId, string publisherId,
        Func<PublisherCreditStanding, bool> expected)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var held = table.Answer(platformId, publisherId);
            var api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/credit/publishers/{publisherId}");
            if (held is not null && expected(held))
            {
                // Asked after the copy held it: the API answers from the same copy, which only moves forward.
                Assert.Equal(held.Grade.ToString(), api.GetProperty("grade").GetString());
                Assert.Equal(held.DesignationLevel is null, api.GetProperty("designation").ValueKind == JsonValueKind.Null);
                return held;
            }
            Assert.True(watch.Elapsed < Patience, $"The in-memory answer did not reach the change within {Patience.TotalSeconds} s (version {table.Version}, age {table.Age.TotalMilliseconds:F0} ms).");
            await Task.Delay(50);
        }
    }
}
