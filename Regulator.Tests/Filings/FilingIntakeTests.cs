using Regulator.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Filings;
using Regulator.Domain.Protection;
using Regulator.Domain.Scoping;
using static Regulator.Tests.Filings.FilingTestData;
using Regulator.Domain.Identity;

namespace Regulator.Tests.Filings;

public class FilingIntakeTests : IDisposable
{
    private readonly FilingsDatabase _database = new();
    private static readonly FilingSource Api = new(SubmissionChannel.Api, "platform:test");

    public void Dispose() => _database.Dispose();

    private async Task<FilingBatchResult> Submit(int platformId, params FilingDraft[] drafts)
    {
        await using var db = _database.Context(SystemActor.Instance);
        return (await new FilingIntake(db, Protector(), FilingsDatabase.Clock).SubmitAsync(platformId, drafts, Api)).Value;
    }

    private async Task<List<Filing>> All()
    {
        await using var db = _database.Context(SystemActor.Instance);
        return await db.Filings.Include(f => f.History).AsNoTracking().OrderBy(f => f.Id).ToListAsync();
    }

    [Fact]
    public async Task Stores_each_item_and_answers_item_by_item()
    {
        var id = ResidentIdAged(30);
        var result = await Submit(_database.BeijingPlain, Adult("a", id), Minor(15, null, "b"), Adult("c") with { RealName = "<b>x</b>" }, Adult("d", kinds: ContentKinds.NewsInformation));
        Assert.Equal([FilingItemOutcome.Created, FilingItemOutcome.Created, FilingItemOutcome.Invalid, FilingItemOutcome.Created], result.Items.Select(i => i.Outcome));
        Assert.Equal([FilingStatus.Submitted, FilingStatus.Rejected, null, FilingStatus.ReturnedForCorrection], result.Items.Select(i => i.Status));
        Assert.Equal((3, 1), (result.Submission!.StoredCount, result.Submission.InvalidCount));
        var stored = await All();
        Assert.Equal(["a", "b", "d"], stored.Select(f => f.PlatformPublisherId));
        Assert.All(stored, f => Assert.Equal("11", f.ProvinceCode));
        Assert.Equal(id[..6] + "********" + id[14..], stored[0].IdentityMasked);
    }

    [Fact]
    public async Task Re_sending_the_same_publisher_updates_it_and_an_identical_batch_changes_nothing()
    {
        var draft = Adult("same", ResidentIdAged(30));
        await Submit(_database.BeijingPlain, draft);
        var again = await Submit(_database.BeijingPlain, draft);
        Assert.Equal(FilingItemOutcome.Unchanged, Assert.Single(again.Items).Outcome);
        Assert.Null(again.Submission);
        var before = Assert.Single(await All());
        Assert.Single(before.History);

        var changed = await Submit(_database.BeijingPlain, draft with { DisplayNames = ["新名字"] });
        Assert.Equal(FilingItemOutcome.Updated, Assert.Single(changed.Items).Outcome);
        var after = Assert.Single(await All());
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(["新名字"], after.DisplayNames);
        Assert.Equal([FilingEvent.Submitted, FilingEvent.Resubmitted], after.History.OrderBy(h => h.Id).Select(h => h.Event));
    }

    [Fact]
    public async Task An_invalid_resend_leaves_the_stored_filing_alone()
    {
        await Submit(_database.BeijingPlain, Adult("keep"));
        var before = Assert.Single(await All());
        var bad = await Submit(_database.BeijingPlain, Adult("keep") with { RealName = "bad\u0007name" });
        Assert.True(Assert.Single(bad.Items).IsInvalid);
        var after = Assert.Single(await All());
        Assert.Equal((before.RealName, before.UpdatedUtc, before.History.Count), (after.RealName, after.UpdatedUtc, after.History.Count));
    }

    [Fact]
    public async Task The_same_id_twice_in_one_batch_is_refused_the_second_time()
    {
        var result = await Submit(_database.BeijingPlain, Adult("twice"), Adult("twice"));
        Assert.Equal(FilingItemOutcome.Created, result.Items[0].Outcome);
        Assert.Contains(result.Items[1].Problems, p => p.Code == FilingProblemCodes.DuplicateInBatch);
    }

    [Fact]
    public async Task The_same_publisher_id_on_two_platforms_is_two_filings()
    {
        await Submit(_database.BeijingPlain, Adult("shared"));
        await Submit(_database.Guangdong, Adult("shared"));
        Assert.Equal(2, (await All()).Count);
    }

    [Fact]
    public async Task A_news_licence_decides_and_an_identical_resend_after_getting_one_is_reassessed()
    {
        var news = Adult("news", ResidentIdAged(40), ContentKinds.NewsInformation);
        Assert.Equal(FilingStatus.Submitted, (await Submit(_database.BeijingNews, news)).Items[0].Status);
        Assert.Equal(FilingStatus.ReturnedForCorrection, (await Submit(_database.BeijingPlain, news)).Items[0].Status);
        await using (var db = _database.Context(SystemActor.Instance))
        {
            db.PlatformLicences.Add(new() { PlatformId = _database.BeijingPlain, Kind = Regulator.Domain.Platforms.LicenceKind.NewsInformation, Number = "11120000" });
            await db.SaveChangesAsync();
        }
        var resent = await Submit(_database.BeijingPlain, news);
        Assert.Equal((FilingItemOutcome.Updated, FilingStatus.Submitted), (resent.Items[0].Outcome, resent.Items[0].Status));
    }

    [Fact]
    public async Task The_same_identity_on_other_platforms_is_counted_across_provinces_without_showing_them()
    {
        var id = ResidentIdAged(28);
        await Submit(_database.BeijingPlain, Adult("x1", id));
        await Submit(_database.BeijingNews, Adult("x2", id));
        await Submit(_database.Guangdong, Adult("x3", id));
        await Submit(_database.Guangdong, Adult("other"));

        await using var db = _database.Context(FilingsDatabase.Staff("11"));
        var list = new FilingList(db, Protector());
        var mine = await db.Filings.SingleAsync(f => f.PlatformPublisherId == "x1");
        var record = new FilingRecord(db, _database.Audit(db, FilingsDatabase.Staff("11")));
        Assert.Equal(2, (await record.OpenAsync(mine.Id, recordView: false))!.OtherPlatforms);
        // The portal's page and export read the same filters with a total and keyset cursors.
        var shown = await new FilingSearch(new FilingListFilter { LinkedToOtherPlatforms = true }).PageAsync(db, new ListRequest());
        Assert.Equal((2L, 2), (shown.Total, shown.Items.Count));
        var page = await list.PageAsync(new FilingListFilter(), null, 50);
        Assert.Equal(2, page.Items.Count); // Guangdong's filings stay invisible to Beijing
        Assert.All(page.Items, r => Assert.True(r.LinkedToOtherPlatforms));
        Assert.Equal(2, (await list.PageAsync(new FilingListFilter { LinkedToOtherPlatforms = true }, null, 50)).Items.Count);
    }

    [Fact]
    public async Task The_list_finds_a_full_number_through_the_blind_index_and_pages_by_keyset()
    {
        var id = ResidentIdAged(33);
        await Submit(_database.BeijingPlain, Enumerable.Range(0, 25).Select(i => Adult($"k{i}")).Append(Adult("needle", id)).ToArray());
        await using var db = _database.Context(FilingsDatabase.Staff(null));
        var list = new FilingList(db, Protector());
        var found = await list.PageAsync(new FilingListFilter { IdentityIndex = list.IdentityIndexOf(id.ToLowerInvariant() + " ") }, null, 10);
        Assert.DoesNotContain(id[6..14], list.IdentityIndexOf(id));
        Assert.Empty((await list.PageAsync(new FilingListFilter { IdentityIndex = "not*base64" }, null, 10)).Items);
        Assert.Equal("needle", Assert.Single(found.Items).PlatformPublisherId);

        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var page = await list.PageAsync(new FilingListFilter(), cursor, 10);
            seen.AddRange(page.Items.Select(r => r.Id));
            cursor = page.NextCursor;
        } while (cursor is not null);
        Assert.Equal(26, seen.Distinct().Count());
        Assert.Equal(seen.OrderByDescending(i => i), seen);
    }

    [Fact]
    public async Task A_platform_client_sees_only_its_own_filings()
    {
        await Submit(_database.BeijingPlain, Adult("mine"));
        await Submit(_database.BeijingNews, Adult("theirs"));
        await using var db = _database.Context(_database.PlatformClient(_database.BeijingPlain, "11"));
        Assert.Equal(["mine"], await db.Filings.Select(f => f.PlatformPublisherId).ToListAsync());
        Assert.Equal(1, await db.FilingHistory.CountAsync());
    }

    [Fact]
    public async Task Reviews_are_scoped_to_the_province_and_audited()
    {
        await Submit(_database.Guangdong, Adult("gd"));
        var filingId = (await All())[0].Id;
        var gdAdmin = Actor.ProvincialAdministrator("gd.admin", "44");

        await using (var bj = _database.Context(FilingsDatabase.Staff("11")))
        {
            var found = await new FilingReview(bj, _database.Audit(bj, FilingsDatabase.Staff("11")), FilingsDatabase.Clock)
                .DecideAsync(filingId, FilingDecision.Accept, null, Actor.ProvincialAdministrator("bj.admin", "11"));
            Assert.Equal(StepStatus.NotFound, found.Status);
        }
        await using (var gd = _database.Context(FilingsDatabase.Staff("44")))
        {
            Assert.True((await new FilingReview(gd, _database.Audit(gd, FilingsDatabase.Staff("44")), FilingsDatabase.Clock)
                .DecideAsync(filingId, FilingDecision.ReturnForCorrection, "请补充材料", gdAdmin)).Succeeded);
        }
        await using var db = _database.Context(SystemActor.Instance);
        Assert.Equal(FilingStatus.ReturnedForCorrection, (await db.Filings.SingleAsync()).Status);
        Assert.Single(await db.AuditEntries.Where(a => a.Action == AuditActions.FilingReviewed && a.RecordId == filingId.ToString()).ToListAsync());
    }

    [Fact]
    public async Task Bulk_acceptance_takes_only_the_clean_filings_of_one_submission()
    {
        var result = await Submit(_database.BeijingPlain, Adult("c1"), Adult("c2"), Minor(16, null, "m"), Minor(15, null, "u"));
        await Submit(_database.BeijingPlain, Adult("later"));
        await using (var db = _database.Context(FilingsDatabase.Staff("11")))
        {
            var accepted = await new FilingReview(db, _database.Audit(db, FilingsDatabase.Staff("11")), FilingsDatabase.Clock)
                .AcceptCleanSubmissionAsync(result.Submission!.Id, Actor.ProvincialAdministrator("bj.admin", "11"));
            Assert.Equal(2, accepted.Value);
        }
        var statuses = (await All()).ToDictionary(f => f.PlatformPublisherId, f => f.Status);
        Assert.Equal(FilingStatus.Accepted, statuses["c1"]);
        Assert.Equal(FilingStatus.Accepted, statuses["c2"]);
        Assert.Equal(FilingStatus.ReturnedForCorrection, statuses["m"]);
        Assert.Equal(FilingStatus.Rejected, statuses["u"]);
        Assert.Equal(FilingStatus.Submitted, statuses["later"]);
    }

    [Fact]
    public async Task A_reveal_needs_an_administrator_and_a_reason_and_is_audited()
    {
        var id = ResidentIdAged(30);
        await Submit(_database.BeijingPlain, Adult("r", id));
        var filingId = (await All())[0].Id;
        await using var db = _database.Context(FilingsDatabase.Staff("11"));
        var reveal = new IdentityReveal(db, new AuditedReveal(Protector(), _database.Audit(db, FilingsDatabase.Staff("11"))));
        var admin = Actor.ProvincialAdministrator("bj.admin", "11");
        // The step checks who asks, not the page: an inspector is refused before anything is decrypted or audited.
        Assert.Equal(StepStatus.Refused, (await reveal.RevealAsync(filingId, IdentityField.Publisher, "核查举报线索",
            new Actor("bj.inspector", "bj.inspector", ActorKind.ProvincialInspector, "11"))).Status);
        Assert.Equal(StepStatus.Invalid, (await reveal.RevealAsync(filingId, IdentityField.Publisher, " ", admin)).Status);
        Assert.Equal(id, (await reveal.RevealAsync(filingId, IdentityField.Publisher, "核查举报线索", admin)).Value);
        Assert.Equal(StepStatus.NotFound, (await reveal.RevealAsync(filingId, IdentityField.Guardian, "核查举报线索", admin)).Status);
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.IdentityRevealed);
        Assert.Equal(("核查举报线索", filingId.ToString()), (entry.Reason, entry.RecordId));
        Assert.DoesNotContain(id, entry.Details);
    }

    [Fact]
    public async Task A_withdrawal_by_the_platform_is_kept_in_history()
    {
        await Submit(_database.BeijingPlain, Adult("w"));
        await using (var db = _database.Context(_database.PlatformClient(_database.BeijingPlain, "11")))
        {
            var review = new FilingReview(db, _database.Audit(db, SystemActor.Instance), FilingsDatabase.Clock);
            Assert.True((await review.WithdrawAsync(_database.BeijingPlain, "w", "账号注销", Actor.Platform("platform:test"))).Succeeded);
            Assert.Equal(StepStatus.NotFound, (await review.WithdrawAsync(_database.BeijingPlain, "nope", null, Actor.Platform("platform:test"))).Status);
        }
        var f = Assert.Single(await All());
        Assert.Equal(FilingStatus.Withdrawn, f.Status);
        Assert.Equal(FilingEvent.Withdrawn, f.History.OrderBy(h => h.Id).Last().Event);
    }
}
