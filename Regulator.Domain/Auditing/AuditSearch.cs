using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Auditing;

/// <summary>The auditors' filters over the log, newest first, read by keyset on (time, id).</summary>
public sealed record AuditSearch(string? UserName = null, string? Action = null, string? RecordType = null, string? RecordId = null,
    string? ProvinceCode = null, DateOnly? From = null, DateOnly? To = null, bool ReasonsOnly = false, string? After = null)
{
    public const int PageSize = 100;

    public async Task<KeysetPage<AuditEntry>> RunAsync(RegulatorDbContext db, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(UserName)) query = query.Where(e => e.UserName == UserName.Trim());
        if (!string.IsNullOrWhiteSpace(Action)) query = query.Where(e => e.Action == Action);
        if (!string.IsNullOrWhiteSpace(RecordType)) query = query.Where(e => e.RecordType == RecordType);
        if (!string.IsNullOrWhiteSpace(RecordId)) query = query.Where(e => e.RecordId == RecordId.Trim());
        if (!string.IsNullOrWhiteSpace(ProvinceCode)) query = query.Where(e => e.ProvinceCode == ProvinceCode);
        if (ReasonsOnly) query = query.Where(e => e.Reason != null);
        // Dates are China calendar days, as the auditor typed them.
        if (From is { } from) query = query.Where(e => e.OccurredUtc >= ChinaTime.StartOfDayUtc(from));
        if (To is { } to) query = query.Where(e => e.OccurredUtc < ChinaTime.StartOfDayUtc(to.AddDays(1)));
        if (KeysetCursor.Decode(After) is var (utc, id)) query = query.Where(e => e.OccurredUtc < utc || (e.OccurredUtc == utc && e.Id < id));
        var rows = await query.OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id).Take(PageSize + 1).ToListAsync(ct);
        var next = rows.Count > PageSize ? KeysetCursor.Encode(rows[PageSize - 1].OccurredUtc, rows[PageSize - 1].Id) : null;
        return new KeysetPage<AuditEntry>(rows.Take(PageSize).ToList(), next);
    }
}
