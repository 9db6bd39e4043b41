using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Reports;

/// <summary>
/// Stores a batch of reports, whatever channel brought it: checks each item, stores each report id once, routes
/// each report to the province of the reported platform and groups it into a case. Malformed items are rejected one
/// by one; the rest of the batch is stored in one transaction, so a crash leaves either all or none of it and a
/// retry completes it.
/// </summary>
public sealed class ReportIntake(RegulatorDbContext db, WorkingCalendar calendar, IdentityProtector protector, TimeProvider clock, ILogger<ReportIntake> logger)
{
    public const int MaxBatchSize = 1000;

    // Intake spans provinces by nature (it is what assigns them), so it reads past the province filter on purpose.
    public async Task<IntakeResult> ReceiveAsync(IReadOnlyList<IntakeItem> items, ReportChannel channel, CancellationToken ct = default)
    {
        if (items.Count > MaxBatchSize) throw new ArgumentException($"At most {MaxBatchSize} reports per batch.", nameof(items));
        var now = clock.GetUtcNow().UtcDateTime;
        var categories = await db.ReportCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, ct);
        var results = new IntakeItemResult?[items.Count];
        var accepted = new List<(int Index, ReportDraft Draft)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var errors = item.Draft is null ? item.ReadErrors : item.Draft.Validate(code => categories.TryGetValue(code, out var c) && c.IsActive, now);
            if (errors.Count > 0) results[i] = new IntakeItemResult(item.Position, item.Draft?.Id, IntakeItemStatus.Rejected, errors);
            else if (!seen.Add(item.Draft!.Id!.Trim())) results[i] = Duplicate(item);
            else accepted.Add((i, item.Draft));
        }

        if (accepted.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await SerializeIntakeAsync(ct);
            var ids = accepted.Select(a => a.Draft.Id!.Trim()).ToList();
            var existing = (await db.Reports.IgnoreQueryFilters().Where(r => ids.Contains(r.ExternalId)).Select(r => r.ExternalId).ToListAsync(ct)).ToHashSet();
            var fresh = accepted.Where(a => !existing.Contains(a.Draft.Id!.Trim())).ToList();
            foreach (var (index, _) in accepted.Except(fresh)) results[index] = Duplicate(items[index]);

            var (stored, opened, extended) = await GroupIntoCasesAsync(fresh.Select(f => f.Draft).ToList(), channel, categories, now, ct);
            if (db.Database.IsNpgsql()) await ReportCopyWriter.WriteAsync(db, opened, extended, stored, ct);
            else db.ReportCases.AddRange(opened);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            for (var f = 0; f < fresh.Count; f++)
                results[fresh[f].Index] = new IntakeItemResult(items[fresh[f].Index].Position, stored[f].ExternalId, IntakeItemStatus.Stored, NoErrors);
        }

        var result = new IntakeResult(results.Select(r => r!).ToList());
        // Counts only: items carry reporters' contacts, which must never reach a log.
        logger.LogInformation("Report intake via {Channel}: {Stored} stored, {Duplicates} duplicates, {Rejected} rejected",
            channel, result.Stored, result.Duplicates, result.Rejected);
        return result;
    }

    /// <summary>Builds the reports and puts each into an open case that accepts it (extended), or a new one (opened).</summary>
    private async Task<(List<Report> Reports, List<ReportCase> Opened, List<ReportCase> Extended)> GroupIntoCasesAsync(List<ReportDraft> drafts, ReportChannel channel,
        Dictionary<string, ReportCategory> categories, DateTime now, CancellationToken ct)
    {
        var platforms = await PlatformMatch.LoadAsync(db, drafts.Select(d => d.Account).ToList(), ct);
        var reports = drafts.Select(d => (Draft: d, Report: ToReport(d, channel, categories, platforms, now))).ToList();
        var keys = reports.Select(r => CaseKeyOf(r.Draft, r.Report)).Distinct().ToList();
        var open = await db.ReportCases.IgnoreQueryFilters()
            .Where(c => c.Status != CaseStatus.Closed && keys.Contains(c.CaseKey))
            .ToListAsync(ct);
        var byKey = open.ToLookup(c => c.CaseKey).ToDictionary(g => g.Key, g => g.ToList());
        var opened = new List<ReportCase>();
        var extended = new HashSet<ReportCase>();

        // In time order, so a batch's own reports group with each other as they would have one by one.
        foreach (var (draft, report) in reports.OrderBy(r => r.Report.ReceivedUtc))
        {
            var category = categories[draft.Category!.Trim()];
            var key = CaseKeyOf(draft, report);
            var candidates = byKey.TryGetValue(key, out var list) ? list : byKey[key] = [];
            if (candidates.FirstOrDefault(c => c.Accepts(key, category.Id, report.ReceivedUtc)) is { } @case)
            {
                @case.Include(report, category, calendar);
                if (@case.Id != 0) extended.Add(@case);
            }
            else
            {
                var @new = ReportCase.OpenFor(report, draft.Account, key, category, platforms.ProvinceOf(report.PlatformId), calendar, now);
                opened.Add(@new);
                candidates.Add(@new);
            }
        }
        return (reports.Select(r => r.Report).ToList(), opened, extended.ToList());
    }

    private Report ToReport(ReportDraft draft, ReportChannel channel, Dictionary<string, ReportCategory> categories, PlatformMatch platforms, DateTime now)
    {
        var account = draft.Account;
        var contact = draft.ReporterContact?.Trim();
        return new Report
        {
            ExternalId = draft.Id!.Trim(),
            ReceivedUtc = draft.ReceivedAt!.Value.UtcDateTime,
            IngestedUtc = now,
            Channel = channel,
            PlatformName = account.PlatformName,
            PlatformUscc = account.PlatformUscc,
            PlatformId = platforms.Resolve(account),
            AccountName = account.AccountName,
            AccountId = account.AccountId,
            RoomId = account.RoomId,
            Url = account.Url,
            CategoryId = categories[draft.Category!.Trim()].Id,
            Description = draft.Description!.Trim(),
            EvidenceLinks = draft.Evidence?.ToList() ?? [],
            MinorInvolved = draft.MinorInvolved ?? false,
            // The identity protector's AES-GCM, as for identity numbers: the clear contact exists only in this request.
            ReporterContactCipher = string.IsNullOrEmpty(contact) ? null : protector.Encrypt(contact),
            ReporterContactMasked = string.IsNullOrEmpty(contact) ? null : ReporterContact.Mask(contact),
        };
    }

    private static string CaseKeyOf(ReportDraft draft, Report report) => draft.Account.CaseKey(report.PlatformId);

    /// <summary>
    /// One intake transaction at a time, so two batches naming the same account cannot both open a case for it.
    /// SQLite's transactions already hold the write lock from the start (BEGIN IMMEDIATE); PostgreSQL needs a lock
    /// that spans portal instances, held until commit.
    /// </summary>
    private async Task SerializeIntakeAsync(CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(12318)", ct);
    }

    private static IntakeItemResult Duplicate(IntakeItem item) => new(item.Position, item.Draft?.Id?.Trim(), IntakeItemStatus.Duplicate, NoErrors);

    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();
}
