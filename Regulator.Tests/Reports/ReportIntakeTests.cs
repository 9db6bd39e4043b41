using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Persistence;

namespace Regulator.Tests.Reports;

/// <summary>Routing, grouping and idempotence through the real intake, on both providers (PostgreSQL takes its own lock path).</summary>
public sealed class ReportIntakeTests
{

    [Theory, BothProviders]
    public async Task A_report_goes_to_the_province_where_the_platform_is_registered_found_by_code_or_name(DatabaseProvider provider)
    {
        using var database = new ReportsDatabase(provider);
        await database.ReceiveAsync(
            database.Draft("R1", accountId: "1"),
            database.Draft("R2", accountId: "2", platformName: null, platformUscc: database.Guangdong.Uscc));
        await using var db = database.Context(SystemActor.Instance);
        var cases = await db.ReportCases.OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(["11", "44"], cases.Select(c => c.ProvinceCode));
        Assert.All(cases, c => Assert.Equal(CaseStatus.Open, c.Status));
        Assert.Equal(database.Guangdong.Id, cases[1].PlatformId);
        Assert.Equal(["11", "44"], await db.Reports.OrderBy(r => r.Id).Select(r => r.ProvinceCode).ToListAsync());
    }

    [Theory, BothProviders]
    public async Task A_report_on_an_unknown_platform_waits_in_national_triage_which_no_province_sees(DatabaseProvider provider)
    {
        using var database = new ReportsDatabase(provider);
        await database.ReceiveAsync(database.Draft("R1", platformName: "野火直播"));
        await using (var national = database.Context(new ScopedActor(null, IsNational: true)))
        {
            var @case = await national.ReportCases.SingleAsync();
            Assert.Equal(NationalTriage.ProvinceCode, @case.ProvinceCode);
            Assert.Equal(CaseStatus.AwaitingTriage, @case.Status);
        }
        await using var provincial = database.Context(new ScopedActor("11", IsNational: false));
        Assert.Empty(await provincial.ReportCases.ToListAsync());
        Assert.Empty(await provincial.Reports.ToListAsync());
    }

    [Theory, BothProviders]
    public async Task Reports_on_the_same_account_and_category_within_72_hours_form_one_case_keeping_every_report(DatabaseProvider provider)
    {
        using var database = new ReportsDatabase(provider);
        await database.ReceiveAsync(database.Draft("R1", hoursAgo: 150), database.Draft("R2", hoursAgo: 60));
        await database.ReceiveAsync(database.Draft("R3", hoursAgo: 1, minor: true), database.Draft("R4", hoursAgo: 1, category: "tip-ranking-hype"));
        await using var db = database.Context(SystemActor.Instance);
        var cases = await db.ReportCases.Include(c => c.Reports).OrderBy(c => c.Id).ToListAsync();
        // R1 alone (90 h before R2); R2 and R3 together; R4 in another category.
        Assert.Equal([["R1"], ["R2", "R3"], ["R4"]], cases.Select(c => c.Reports.OrderBy(r => r.ExternalId).Select(r => r.ExternalId).ToArray()));
        Assert.Equal(CasePriority.Urgent, cases[1].Priority); // sexual content is High; a minor raises it
    }

    [Theory, BothProviders]
    public async Task Batches_about_the_same_account_arriving_at_once_form_one_case_and_others_are_not_held_up(DatabaseProvider provider)
    {
        using var database = new ReportsDatabase(provider);
        // Eight senders at once: each batch names the shared account and an account of its own.
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(b => Task.Run(() => database.ReceiveAsync(
            database.Draft($"S{b}", accountId: "shared"), database.Draft($"O{b}", accountId: $"own-{b}")))));

        Assert.All(results, r => Assert.Equal(2, r.Stored));
        await using var db = database.Context(SystemActor.Instance);
        var shared = await db.ReportCases.Include(c => c.Reports).SingleAsync(c => c.CaseKey.EndsWith("|a:shared"));
        Assert.Equal(8, shared.ReportCount);
        Assert.Equal(8, shared.Reports.Count);
        Assert.Equal(9, await db.ReportCases.CountAsync());
        Assert.Equal(16, await db.Reports.CountAsync());
    }

    [Theory, BothProviders]
    public async Task A_report_id_sent_at_once_under_two_accounts_is_stored_once_and_the_other_answered_duplicate(DatabaseProvider provider)
    {
        using var database = new ReportsDatabase(provider);
        // Different accounts take different locks, so the two batches race for the id itself.
        var results = await Task.WhenAll(
            Task.Run(() => database.ReceiveAsync(database.Draft("R1", accountId: "first"))),
            Task.Run(() => database.ReceiveAsync(database.Draft("R1", accountId: "second"))));

        Assert.Equal([IntakeItemStatus.Stored, IntakeItemStatus.Duplicate], results.Select(r => r.Items.Single().Status).Order());
        await using var db = database.Context(SystemActor.Instance);
        Assert.Equal(1, await db.Reports.CountAsync());
        Assert.Equal(1, await db.ReportCases.CountAsync());
    }

    [Theory, BothProviders]
    public async Task The_same_report_id_is_stored_once_across_batches_and_within_one(DatabaseProvider provider)
    {
        using var database = new ReportsDatabase(provider);
        var first = await database.ReceiveAsync(database.Draft("R1"), database.Draft("R1"));
        var again = await database.ReceiveAsync(database.Draft("R1"), database.Draft("R2"));
        Assert.Equal([IntakeItemStatus.Stored, IntakeItemStatus.Duplicate], first.Items.Select(i => i.Status));
        Assert.Equal([IntakeItemStatus.Duplicate, IntakeItemStatus.Stored], again.Items.Select(i => i.Status));
        await using var db = database.Context(SystemActor.Instance);
        Assert.Equal(2, await db.Reports.CountAsync());
        Assert.Equal(2, (await db.ReportCases.SingleAsync()).ReportCount);
    }

    [Theory, BothProviders]
    public async Task Malformed_items_are_rejected_one_by_one_while_the_rest_is_stored(DatabaseProvider provider)
    {
        using var database = new ReportsDatabase(provider);
        var result = await database.ReceiveAsync(
            database.Draft("R1"),
            database.Draft("R2", category: "no-such-category"),
            database.Draft("R3") with { Description = " ", Url = "javascript:alert(1)" },
            database.Draft("R4", platformName: null, platformUscc: "911100000000000000"),
            database.Draft("R5") with { ReceivedAt = ReportsDatabase.Now.AddHours(2) },
            database.Draft("R6"));
        Assert.Equal([IntakeItemStatus.Stored, IntakeItemStatus.Rejected, IntakeItemStatus.Rejected, IntakeItemStatus.Rejected, IntakeItemStatus.Rejected, IntakeItemStatus.Stored],
            result.Items.Select(i => i.Status));
        Assert.Contains("category", result.Items[1].Errors.Keys);
        Assert.Equal(["description", "url"], result.Items[2].Errors.Keys.Order());
        Assert.Contains("platformUscc", result.Items[3].Errors.Keys);
        Assert.Contains("receivedAt", result.Items[4].Errors.Keys);
        await using var db = database.Context(SystemActor.Instance);
        Assert.Equal(["R1", "R6"], await db.Reports.OrderBy(r => r.ExternalId).Select(r => r.ExternalId).ToListAsync());
    }

    [Theory, BothProviders]
    public async Task The_reporter_contact_is_stored_encrypted_and_shown_masked(DatabaseProvider provider)
    {
        using var database = new ReportsDatabase(provider);
        await database.ReceiveAsync(database.Draft("R1"));
        await using var db = database.Context(SystemActor.Instance);
        var report = await db.Reports.SingleAsync();
        Assert.Equal("138****5678", report.ReporterContactMasked);
        Assert.DoesNotContain("13812345678", System.Text.Encoding.UTF8.GetString(report.ReporterContactCipher!));
        Assert.Equal("13812345678", database.Protector.Decrypt(report.ReporterContactCipher!));
    }

    [Theory, BothProviders]
    public async Task The_deadline_counts_working_days_from_the_first_report(DatabaseProvider provider)
    {
        using var database = new ReportsDatabase(provider);
        // Received Monday 23 November 09:00 CST; sexual content has 10 working days: due at the end of Monday 7 December.
        await database.ReceiveAsync(database.Draft("R1", hoursAgo: 1));
        await using var db = database.Context(SystemActor.Instance);
        var @case = await db.ReportCases.SingleAsync();
        Assert.Equal(new DateTime(2026, 12, 7, 16, 0, 0, DateTimeKind.Utc), @case.DueUtc);
    }

    [Theory, BothProviders]
    public async Task An_older_report_joining_a_stored_case_moves_its_start_and_deadline_and_a_minor_raises_its_priority(DatabaseProvider provider)
    {
        using var database = new ReportsDatabase(provider);
        await database.ReceiveAsync(database.Draft("R1", hoursAgo: 1));
        // From a backlog: 30 hours before the case's first report, a minor involved.
        await database.ReceiveAsync(database.Draft("R0", hoursAgo: 31, minor: true));

        await using var db = database.Context(SystemActor.Instance);
        var @case = await db.ReportCases.SingleAsync();
        var first = ReportsDatabase.Now.AddHours(-31).UtcDateTime;
        Assert.Equal((2, first, ReportsDatabase.Now.AddHours(-1).UtcDateTime), (@case.ReportCount, @case.FirstReceivedUtc, @case.LastReceivedUtc));
        Assert.Equal(database.Calendar.DueUtc(first, 10), @case.DueUtc);
        Assert.True(@case.MinorInvolved);
        Assert.Equal(CasePriority.Urgent, @case.Priority);
        Assert.Equal(2, await db.Reports.CountAsync(r => r.CaseId == @case.Id));
    }
}
