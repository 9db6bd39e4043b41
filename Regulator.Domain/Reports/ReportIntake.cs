using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
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

    /// <summary>A checked report ready to store: built and its contact encrypted before any lock is taken.</summary>
    private sealed record Prepared(int Index, ReportDraft Draft, Report Report, string CaseKey);

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
            var platforms = await PlatformMatch.LoadAsync(db, accepted.Select(a => a.Draft.Account).ToList(), ct);
            List<Prepared> Prepare() => accepted.Select(a =>
            {
                var report = ToReport(a.Draft, channel, categories, platforms, now);
                return new Prepared(a.Index, a.Draft, report, a.Draft.Account.CaseKey(report.PlatformId));
            }).ToList();
            try
            {
                await StoreAsync(Prepare(), items, results, categories, platforms, recheckUnderLock: false, ct);
            }
            catch (Exception e) when (UniqueViolation.Is(e))
            {
                // Another batch stored one of these ids between the check and the write. Rolled back as a whole; once
                // more with the check under the lock, where a report id is then found as a duplicate.
                db.ChangeTracker.Clear();
                await StoreAsync(Prepare(), items, results, categories, platforms, recheckUnderLock: true, ct);
            }
        }

        var result = new IntakeResult(results.Select(r => r!).ToList());
        // Counts only: items carry reporters' contacts, which must never reach a log.
        logger.LogInformation("Report intake via {Channel}: {Stored} stored, {Duplicates} duplicates, {Rejected} rejected",
            channel, result.Stored, result.Duplicates, result.Rejected);
        return result;
    }

    /// <summary>
    /// Stores the reports not stored before. The ids are first checked without any lock: a batch sent again is answered
    /// at once, and the locked part (grouping and the writes) holds only what it must. Two batches carrying one new id
    /// at the same moment meet at the unique index, and the caller retries the loser with <paramref name="recheckUnderLock"/>.
    /// </summary>
    private async Task StoreAsync(List<Prepared> prepared, IReadOnlyList<IntakeItem> items, IntakeItemResult?[] results,
        Dictionary<string, ReportCategory> categories, PlatformMatch platforms, bool recheckUnderLock, CancellationToken ct)
    {
        var existing = await StoredIdsAsync(prepared, ct);
        var fresh = prepared.Where(p => !existing.Contains(p.Report.ExternalId)).ToList();
        if (fresh.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await LockAccountsAsync(fresh.Select(p => p.CaseKey).Distinct().ToList(), ct);
            if (recheckUnderLock)
            {
                existing.UnionWith(await StoredIdsAsync(fresh, ct));
                fresh = fresh.Where(p => !existing.Contains(p.Report.ExternalId)).ToList();
            }

            var (opened, extended) = await GroupIntoCasesAsync(fresh, categories, platforms, ct);
            var stored = fresh.Select(f => f.Report).ToList();
            if (db.Database.IsNpgsql()) await ReportCopyWriter.WriteAsync(db, opened, extended, stored, ct);
            else db.ReportCases.AddRange(opened);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
        foreach (var p in prepared)
            results[p.Index] = existing.Contains(p.Report.ExternalId)
                ? Duplicate(items[p.Index])
                : new IntakeItemResult(items[p.Index].Position, p.Report.ExternalId, IntakeItemStatus.Stored, NoErrors);
    }

    private async Task<HashSet<string>> StoredIdsAsync(List<Prepared> prepared, CancellationToken ct)
    {
        var ids = prepared.Select(p => p.Report.ExternalId).ToList();
        return (await db.Reports.IgnoreQueryFilters().Where(r => ids.Contains(r.ExternalId)).Select(r => r.ExternalId).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>Puts each report into an open case that accepts it (extended), or a new one (opened).</summary>
    private async Task<(List<ReportCase> Opened, List<ReportCase> Extended)> GroupIntoCasesAsync(List<Prepared> fresh,
        Dictionary<string, ReportCategory> categories, PlatformMatch platforms, CancellationToken ct)
    {
        var keys = fresh.Select(f => f.CaseKey).Distinct().ToList();
        var open = await db.ReportCases.IgnoreQueryFilters()
            .Where(c => c.Status != CaseStatus.Closed && keys.Contains(c.CaseKey))
            .ToListAsync(ct);
        var byKey = open.ToLookup(c => c.CaseKey).ToDictionary(g => g.Key, g => g.ToList());
        var opened = new List<ReportCase>();
        var extended = new HashSet<ReportCase>();

        // In time order, so a batch's own reports group with each other as they would have one by one.
        foreach (var (_, draft, report, key) in fresh.OrderBy(f => f.Report.ReceivedUtc))
        {
            var category = categories[draft.Category!.Trim()];
            var candidates = byKey.TryGetValue(key, out var list) ? list : byKey[key] = [];
            if (candidates.FirstOrDefault(c => c.Accepts(key, category.Id, report.ReceivedUtc)) is { } @case)
            {
                @case.Include(report, category, calendar);
                if (@case.Id != 0) extended.Add(@case);
            }
            else
            {
                var @new = ReportCase.OpenFor(report, draft.Account, key, category, platforms.ProvinceOf(report.PlatformId), calendar,
                    platforms.NameOf(report.PlatformId));
                opened.Add(@new);
                candidates.Add(@new);
            }
        }
        return (opened, extended.ToList());
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

    /// <summary>
    /// Batches about the same accounts are stored one after the other, so two of them cannot both open a case for one
    /// account; batches about different accounts are stored side by side. PostgreSQL: a transaction-scoped advisory
    /// lock per account key (hashed, in the two-key space under 12318), taken in one statement in ascending order so
    /// two batches cannot deadlock; a hash collision only makes two batches wait for each other. It spans portal
    /// instances and is released at commit. SQLite's transactions already hold the one write lock from the start.
    /// </summary>
    private async Task LockAccountsAsync(List<string> caseKeys, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        var keys = new NpgsqlParameter<string[]>("keys", caseKeys.ToArray());
        await db.Database.ExecuteSqlRawAsync(
            "SELECT pg_advisory_xact_lock(12318, h) FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest(@keys) AS k ORDER BY 1) AS ordered", [keys], ct);
    }

    private static IntakeItemResult Duplicate(IntakeItem item) => new(item.Position, item.Draft?.Id?.Trim(), IntakeItemStatus.Duplicate, NoErrors);

    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();
}
