using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Auditing;

/// <summary>
/// The auditors' filters over the log, newest first. The log grows by every read of personal data and can hold
/// millions of rows, so it pages by keyset on (time, id): every page costs what the first does.
/// </summary>
public sealed record AuditSearch(string? UserName = null, string? Action = null, string? RecordType = null, string? RecordId = null,
    string? ProvinceCode = null, DateOnly? From = null, DateOnly? To = null, bool ReasonsOnly = false, bool OldestFirst = false)
    : IListQuery<AuditEntry>
{
    public Task<ListPage<AuditEntry>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default)
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
        return KeysetPaging.PageAsync(query, e => e.OccurredUtc, e => e.Id, newestFirst: !OldestFirst, page, e => e, e => (e.OccurredUtc, e.Id), ct);
    }
}
