using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Filings;
using Regulator.Domain.Inspections;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Credit;

/// <summary>
/// Turns changed source records into facts: report cases closed as substantiated, blacklist entries published or
/// lifted on appeal, inspection findings, and findings the next inspection no longer finds (corrected in time). Each
/// source is read from where the last pass stopped (<see cref="CreditSourceWatermark"/>: change time and id, along an
/// index), so a pass costs what changed since the previous one, not the size of the tables. Runs every few seconds
/// (<c>Credit:CollectIntervalSeconds</c>); recording is idempotent, so a pass that dies half-way is simply repeated.
/// </summary>
public sealed class CreditFactCollector(RegulatorDbContext db, CreditSubjects subjects, CreditFactRecorder recorder, SpotCheckFacts spotChecks, TimeProvider clock)
{
    private const int BatchSize = 200;

    /// <summary>One pass over every source; returns how many facts were recorded or withdrawn.</summary>
    public async Task<int> CollectAsync(CancellationToken ct = default)
    {
        await subjects.AddMissingAsync(ct);
        var count = 0;
        int batch;
        do count += batch = await CasesAsync(ct); while (batch == BatchSize);
        do count += batch = await BlacklistAsync(ct); while (batch == BatchSize);
        do count += batch = await FindingsAsync(ct); while (batch == BatchSize);
        do count += batch = await CorrectionsAsync(ct); while (batch == BatchSize);
        do count += batch = await SpotChecksAsync(ct); while (batch == BatchSize);
        return count;
    }

    /// <summary>Substantiated cases: a fact against the platform and, when the reported account is one of its filed publishers, against that person.</summary>
    private async Task<int> CasesAsync(CancellationToken ct)
    {
        var mark = await WatermarkAsync(nameof(ReportCase), ct);
        var cases = await db.ReportCases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Status == CaseStatus.Closed && c.ClosedUtc != null
                        && (c.ClosedUtc > mark.LastUtc || (c.ClosedUtc == mark.LastUtc && c.Id > mark.LastId)))
            .OrderBy(c => c.ClosedUtc).ThenBy(c => c.Id).Take(BatchSize)
            .Select(c => new { c.Id, c.ClosedUtc, c.Outcome, c.PlatformId, c.ProvinceCode, c.Agency, c.MinorInvolved, c.Measures, Category = c.Category.NameZh })
            .ToListAsync(ct);
        var substantiated = cases.Where(c => c.Outcome == CaseOutcome.Substantiated).Select(c => c.Id).ToList();
        var accounts = (await db.Reports.IgnoreQueryFilters().AsNoTracking().Where(r => substantiated.Contains(r.CaseId) && r.AccountId != null)
            .Select(r => new { r.CaseId, r.AccountId }).Distinct().ToListAsync(ct)).ToLookup(r => r.CaseId, r => r.AccountId!);
        foreach (var c in cases.Where(c => c.Outcome == CaseOutcome.Substantiated && c.PlatformId is not null))
        {
            var severity = c.MinorInvolved || c.Measures.HasFlag(PunitiveMeasures.AccountClosure) ? CreditSeverity.Serious : CreditSeverity.General;
            var on = DateOnly.FromDateTime(Common.ChinaTime.FromUtc(c.ClosedUtc!.Value).DateTime);
            var summary = $"举报案件 #{c.Id} 查证属实：{c.Category}";
            await recorder.RecordAsync(new CreditFactDraft(CreditFactKind.ReportSubstantiated, severity, nameof(ReportCase), c.Id.ToString(), on,
                c.ProvinceCode, c.Agency, summary, SubjectPlatformId: c.PlatformId, PlatformId: c.PlatformId), ct);
            var accountIds = accounts[c.Id].ToList();
            var identities = await db.Filings.IgnoreQueryFilters().AsNoTracking()
                .Where(f => f.PlatformId == c.PlatformId && accountIds.Contains(f.PlatformPublisherId))
                .Select(f => f.IdentityBlindIndex).ToListAsync(ct);
            foreach (var identity in identities.DistinctBy(Convert.ToHexString))
                await recorder.RecordAsync(new CreditFactDraft(CreditFactKind.ReportSubstantiated, severity, nameof(ReportCase), c.Id.ToString(), on,
                    c.ProvinceCode, c.Agency, summary, IdentityBlindIndex: identity, PlatformId: c.PlatformId), ct);
        }
        if (cases.Count > 0) await AdvanceAsync(mark, cases[^1].ClosedUtc!.Value, cases[^1].Id, ct);
        return cases.Count;
    }

    /// <summary>Published entries are facts about the person; an entry lifted because an appeal was upheld withdraws its fact.</summary>
    private async Task<int> BlacklistAsync(CancellationToken ct)
    {
        var mark = await WatermarkAsync(nameof(BlacklistEntry), ct);
        var entries = await db.BlacklistEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => (e.State == BlacklistState.Published || e.State == BlacklistState.Lifted || e.State == BlacklistState.Expired)
                        && (e.UpdatedUtc > mark.LastUtc || (e.UpdatedUtc == mark.LastUtc && e.Id > mark.LastId)))
            .OrderBy(e => e.UpdatedUtc).ThenBy(e => e.Id).Take(BatchSize)
            .Select(e => new { e.Id, e.UpdatedUtc, e.PublishedUtc, e.State, e.LiftGround, e.Severity, e.IdentityBlindIndex, e.IdentityMasked, e.ProvinceCode, e.Agency,
                e.DisplayNames, e.ReportingPlatformId, Category = e.Category!.NameZh })
            .ToListAsync(ct);
        foreach (var e in entries.Where(e => e.PublishedUtc is not null))
        {
            var severity = e.Severity switch
            {
                BlacklistSeverity.Warning => CreditSeverity.Minor,
                BlacklistSeverity.TimedBan => CreditSeverity.General,
                _ => CreditSeverity.Serious,
            };
            var on = DateOnly.FromDateTime(Common.ChinaTime.FromUtc(e.PublishedUtc!.Value).DateTime);
            await recorder.RecordAsync(new CreditFactDraft(CreditFactKind.BlacklistPublished, severity, nameof(BlacklistEntry), e.Id.ToString(), on,
                e.ProvinceCode, e.Agency, $"黑名单 #{e.Id}（{BlacklistSeverityWords.Of(e.Severity).Zh}）：{e.Category}", IdentityBlindIndex: e.IdentityBlindIndex,
                PlatformId: e.ReportingPlatformId, IdentityMasked: e.IdentityMasked), ct);
            if (e.State == BlacklistState.Lifted && e.LiftGround == BlacklistLiftGround.AppealUpheld)
                await recorder.WithdrawAsync(nameof(BlacklistEntry), e.Id.ToString(), "申诉成立，黑名单已撤销", ct);
        }
        if (entries.Count > 0) await AdvanceAsync(mark, entries[^1].UpdatedUtc, entries[^1].Id, ct);
        return entries.Count;
    }

    /// <summary>Each finding of a completed platform inspection is a fact against the platform, dated on the inspection day.</summary>
    private async Task<int> FindingsAsync(CancellationToken ct)
    {
        var mark = await WatermarkAsync(nameof(Finding), ct);
        var findings = await db.Findings.IgnoreQueryFilters().AsNoTracking().Where(f => f.Id > mark.LastId).OrderBy(f => f.Id).Take(BatchSize)
            .Join(db.Inspections, f => f.InspectionId, i => i.Id, (f, i) => new { f.Id, f.PlatformId, f.ProvinceCode, f.RuleCode, f.Severity, f.Article, f.SubjectCount, i.InspectedOn })
            .OrderBy(f => f.Id).ToListAsync(ct);
        var agencies = await AgenciesAsync(findings.Select(f => f.PlatformId), ct);
        foreach (var f in findings)
        {
            var severity = f.Severity switch
            {
                FindingSeverity.Minor => CreditSeverity.Minor,
                FindingSeverity.Serious => CreditSeverity.General,
                _ => CreditSeverity.Serious,
            };
            await recorder.RecordAsync(new CreditFactDraft(CreditFactKind.InspectionFinding, severity, nameof(Finding), f.Id.ToString(), f.InspectedOn,
                f.ProvinceCode, agencies[f.PlatformId], $"巡查发现 {f.RuleCode}（{f.Article}），涉及 {f.SubjectCount} 条记录", SubjectPlatformId: f.PlatformId, PlatformId: f.PlatformId), ct);
        }
        if (findings.Count > 0) await AdvanceAsync(mark, clock.GetUtcNow().UtcDateTime, findings[^1].Id, ct);
        return findings.Count;
    }

    /// <summary>
    /// A finding is corrected in time when the platform's next inspection no longer finds it under the same rule: a
    /// positive fact, sourced from the finding corrected. Read from platform inspections completed since the last pass.
    /// </summary>
    private async Task<int> CorrectionsAsync(CancellationToken ct)
    {
        var mark = await WatermarkAsync("FindingCorrected", ct);
        var done = await db.PlatformInspections.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id > mark.LastId).OrderBy(p => p.Id).Take(BatchSize)
            .Join(db.Inspections, p => p.InspectionId, i => i.Id, (p, i) => new { p.Id, p.PlatformId, p.InspectionId, p.ProvinceCode, i.InspectedOn })
            .OrderBy(p => p.Id).ToListAsync(ct);
        var agencies = await AgenciesAsync(done.Select(p => p.PlatformId), ct);
        foreach (var p in done)
        {
            var previous = await db.PlatformInspections.IgnoreQueryFilters().AsNoTracking()
                .Where(x => x.PlatformId == p.PlatformId && x.InspectionId < p.InspectionId).OrderByDescending(x => x.InspectionId)
                .Select(x => (int?)x.InspectionId).FirstOrDefaultAsync(ct);
            if (previous is null) continue;
            var now = await db.Findings.IgnoreQueryFilters().Where(f => f.InspectionId == p.InspectionId && f.PlatformId == p.PlatformId).Select(f => f.RuleCode).ToListAsync(ct);
            var corrected = await db.Findings.IgnoreQueryFilters().AsNoTracking()
                .Where(f => f.InspectionId == previous && f.PlatformId == p.PlatformId && !now.Contains(f.RuleCode)).Select(f => new { f.Id, f.RuleCode }).ToListAsync(ct);
            foreach (var f in corrected)
                await recorder.RecordAsync(new CreditFactDraft(CreditFactKind.FindingCorrected, CreditSeverity.General, nameof(Finding), f.Id.ToString(), p.InspectedOn,
                    p.ProvinceCode, agencies[p.PlatformId], $"巡查发现 {f.RuleCode}（#{f.Id}）已整改，{p.InspectedOn:yyyy-MM-dd} 复查未再发现", SubjectPlatformId: p.PlatformId, PlatformId: p.PlatformId), ct);
        }
        if (done.Count > 0) await AdvanceAsync(mark, clock.GetUtcNow().UtcDateTime, done[^1].Id, ct);
        return done.Count;
    }

    /// <summary>
    /// Results of closed spot-check tasks, from the spot-check feature's feed: no problem is a passed check (positive);
    /// a rectification done in time a minor failure, one not done a general failure, a violation referred a serious one.
    /// </summary>
    private async Task<int> SpotChecksAsync(CancellationToken ct)
    {
        var mark = await WatermarkAsync("SpotCheck", ct);
        var page = await spotChecks.ReadAsync(mark.LastId == 0 ? null : Common.KeysetCursor.Encode(mark.LastUtc, mark.LastId), BatchSize, ct);
        var agencies = await AgenciesAsync(page.Facts.Select(f => f.PlatformId), ct);
        var filingIds = page.Facts.Where(f => f.TargetKind == TargetKind.Publisher).Select(f => f.TargetId).ToList();
        var identities = await db.Filings.IgnoreQueryFilters().AsNoTracking().Where(f => filingIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.IdentityBlindIndex, ct);
        foreach (var f in page.Facts)
        {
            var (kind, severity, words) = f.Outcome switch
            {
                CheckOutcome.NoProblem => (CreditFactKind.SpotCheckPassed, CreditSeverity.General, "合格"),
                CheckOutcome.RectificationOrdered when !f.RectificationFailed => (CreditFactKind.SpotCheckFailed, CreditSeverity.Minor, "责令整改，已按期整改"),
                CheckOutcome.RectificationOrdered => (CreditFactKind.SpotCheckFailed, CreditSeverity.General, "责令整改，逾期未整改"),
                _ => (CreditFactKind.SpotCheckFailed, CreditSeverity.Serious, "发现违法违规，移送处理"),
            };
            var publisher = f.TargetKind == TargetKind.Publisher ? identities.GetValueOrDefault(f.TargetId) : null;
            if (f.TargetKind == TargetKind.Publisher && publisher is null) continue;
            await recorder.RecordAsync(new CreditFactDraft(kind, severity, "SpotCheckResult", f.ResultId.ToString(), f.CheckedOn, f.ProvinceCode, agencies[f.PlatformId],
                $"双随机抽查（计划 #{f.PlanId}）{f.CheckItemCode}：{words}", IdentityBlindIndex: publisher,
                SubjectPlatformId: f.TargetKind == TargetKind.Platform ? f.PlatformId : null, PlatformId: f.PlatformId), ct);
        }
        if (page.Facts.Count > 0) await AdvanceAsync(mark, page.Facts[^1].TaskClosedUtc, page.Facts[^1].ResultId, ct);
        return page.Facts.Count;
    }

    private async Task<Dictionary<int, Common.Agency>> AgenciesAsync(IEnumerable<int> platformIds, CancellationToken ct)
    {
        var ids = platformIds.Distinct().ToList();
        return await db.Platforms.IgnoreQueryFilters().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Agency, ct);
    }

    private async Task<CreditSourceWatermark> WatermarkAsync(string source, CancellationToken ct)
    {
        var mark = await db.CreditSourceWatermarks.FirstOrDefaultAsync(w => w.Source == source, ct);
        if (mark is not null) return mark;
        mark = new CreditSourceWatermark { Source = source, LastUtc = DateTime.SpecifyKind(DateTime.UnixEpoch, DateTimeKind.Utc) };
        db.CreditSourceWatermarks.Add(mark);
        return mark;
    }

    private async Task AdvanceAsync(CreditSourceWatermark mark, DateTime lastUtc, long lastId, CancellationToken ct)
    {
        mark.LastUtc = lastUtc;
        mark.LastId = lastId;
        await db.SaveChangesAsync(ct);
    }
}
