using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Inspections;
using Regulator.Domain.Persistence;
using Regulator.Domain.Provinces;
using Regulator.Domain.Reports;

namespace Regulator.Domain.Dashboards;

/// <summary>
/// The dashboards' one way in: reads the daily rollup (<see cref="DashboardTally"/>), never the millions of records
/// behind it, and gives every figure the list filter it counts. Province scoping happens twice: here, where a
/// provincial viewer asking for any other province gets nothing (null, which pages answer with 404), and in the
/// context's query filter on the rollup, which keeps a provincial reader to their own province's cells whatever is asked.
/// Flows over a period read its whole months from the monthly rollup (<see cref="DashboardMonthTally"/>) and only the
/// days around them from the daily one, so a year view reads about twelve cells per series and key instead of 365 days'.
/// </summary>
public sealed class DashboardQuery(RegulatorDbContext db, IEnumerable<IDashboardTallySource> sources, TimeProvider clock)
{
    /// <summary>Platforms listed in a province's ranking.</summary>
    public const int RankingSize = 20;

    /// <summary>Reveals by one user in a period from which the auditor view flags the user.</summary>
    public const int UnusualRevealsPerPeriod = 50;

    /// <summary>Reveals by one user on one day from which the auditor view flags the user.</summary>
    public const int UnusualRevealsPerDay = 20;

    /// <summary>Audit actions that show personal data in clear (identity numbers, reporters' contacts).</summary>
    public static readonly IReadOnlyList<string> RevealActions =
        [AuditActions.IdentityRevealed, AuditActions.BlacklistIdentityRevealed, AuditActions.ReporterContactRevealed];

    /// <summary>Figures of features built alongside the dashboards: shown once a source writes them, "no data yet" before.</summary>
    public static readonly IReadOnlyList<string> ExtensionMeasures =
    [
        DashboardMeasures.CreditGrades, DashboardMeasures.UntrustworthyListings, DashboardMeasures.CreditRepairs,
        DashboardMeasures.SpotCheckPlans, DashboardMeasures.SpotChecks,
    ];

    /// <summary>Extension measures that are states counted as a daily snapshot: a period shows its latest snapshot, not a sum over days.</summary>
    private static readonly IReadOnlySet<string> SnapshotMeasures = new HashSet<string> { DashboardMeasures.CreditGrades, DashboardMeasures.UntrustworthyListings };

    /// <summary>The keys of an extension measure that get a tile of their own besides the measure's total.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> ExtensionKeys = new Dictionary<string, string[]>
    {
        [DashboardMeasures.CreditGrades] = Enum.GetNames<Credit.CreditGrade>(),
        [DashboardMeasures.UntrustworthyListings] = [nameof(Credit.DesignationLevel.Serious), nameof(Credit.DesignationLevel.Minor)],
        [DashboardMeasures.CreditRepairs] = Enum.GetNames<Credit.RepairState>(),
        [DashboardMeasures.SpotCheckPlans] = [],
        [DashboardMeasures.SpotChecks] = [nameof(SpotChecks.SpotCheckTaskStatus.Closed)],
    };

    /// <summary>Whether tile <paramref name="code"/> is an extension measure's total or one of its keys (e.g. <c>credit-grades.A</c>).</summary>
    public static bool IsExtensionTile(string code) =>
        ExtensionMeasures.Any(m => code == m || (code.StartsWith(m, StringComparison.Ordinal) && code.Length > m.Length && code[m.Length] == '.'));

    private sealed record Cell(string Measure, bool Current, string Key, string Detail, int CategoryId, long Count, long Sum);

    private sealed record Scope(string? ProvinceCode, Agency? Agency);

    /// <summary>A daily or monthly cell as the reads over a period see it (a monthly cell on its month's first day).</summary>
    private sealed class Row
    {
        public string Measure { get; init; } = "";
        public DateOnly Day { get; init; }
        public string ProvinceCode { get; init; } = "";
        public int PlatformId { get; init; }
        public int CategoryId { get; init; }
        public string Key { get; init; } = "";
        public string Detail { get; init; } = "";
        public long Count { get; init; }
        public long Sum { get; init; }
    }

    /// <summary>Open cases past their deadline today, per category, province and platform.</summary>
    private sealed record Overdue(int CategoryId, string ProvinceCode, int PlatformId, long Count);

    /// <summary>
    /// The national dashboard (national viewer, no province), a province's (provincial viewer, or national viewer naming
    /// the province), or null when the viewer may not see what is asked or the request is out of bounds.
    /// </summary>
    public async Task<DashboardFigures?> LoadAsync(DashboardViewer viewer, DashboardRequest request, CancellationToken ct = default)
    {
        if (!request.IsValid || !TryScope(viewer, request.ProvinceCode, out var province)) return null;
        var scope = new Scope(province, request.Agency);
        var today = ChinaTime.Today(clock);
        await using var snapshot = await ReadSnapshotAsync(ct);
        var categories = await db.ReportCategories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        var inspections = await LastInspectionsAsync(request.PreviousFrom, request.To, ct);

        string[] flowMeasures = [DashboardMeasures.Filings, DashboardMeasures.Cases, DashboardMeasures.BlacklistEntries];
        var cells = await Span(scope, request.PreviousFrom, request.PreviousTo, flowMeasures).Concat(Span(scope, request.From, request.To, flowMeasures))
            .GroupBy(t => new { t.Measure, Current = t.Day >= request.From, t.Key, t.Detail, t.CategoryId })
            .Select(g => new Cell(g.Key.Measure, g.Key.Current, g.Key.Key, g.Key.Detail, g.Key.CategoryId, g.Sum(t => t.Count), g.Sum(t => t.Sum)))
            .ToListAsync(ct);
        // The present, whatever the period: open cases (those cells keep their deadline day) by status, and those
        // overdue today by the one rule (CaseDeadline), per category, province and platform for the tiles, the map and the ranking.
        var open = await Cells(scope, DashboardMeasures.Cases).Where(t => t.DueOn != null).GroupBy(t => t.Key)
            .Select(g => new { Status = g.Key, Count = g.Sum(t => (long)t.Count) }).ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        var overdue = await Cells(scope, DashboardMeasures.Cases).Where(CaseDeadline.OverdueOn(today))
            .GroupBy(t => new { t.CategoryId, t.ProvinceCode, t.PlatformId })
            .Select(g => new Overdue(g.Key.CategoryId, g.Key.ProvinceCode, g.Key.PlatformId, g.Sum(t => (long)t.Count))).ToListAsync(ct);
        // Summed over every day: what each entry's state is now. Every month holds its days' entries.
        var states = await Cells(db.DashboardMonthTallies, scope, DashboardMeasures.BlacklistEntries).GroupBy(t => t.Key)
            .Select(g => new { State = g.Key, Count = g.Sum(t => (long)t.Count) }).ToListAsync(ct);
        // Trends cut the period only (by month, whole months can be read by month); the inspection days reach back into
        // the previous period, whose last one gives the previous findings figure.
        string[] trendFlows = [DashboardMeasures.Filings, DashboardMeasures.Cases, DashboardMeasures.BlacklistEntries, DashboardMeasures.BlacklistPublished];
        var trendCells = request.Grain == TrendGrain.Month
            ? Span(scope, request.From, request.To, trendFlows)
            : Cells(scope, trendFlows).Where(t => t.Day >= request.From && t.Day <= request.To).Select(RowOf<DashboardTally>());
        var daily = await trendCells
            .Concat(Cells(scope, DashboardMeasures.Findings, DashboardMeasures.InspectedPlatforms)
                .Where(t => t.Day >= request.PreviousFrom && t.Day <= request.To).Select(RowOf<DashboardTally>()))
            .GroupBy(t => new { t.Measure, t.Day })
            .Select(g => new { g.Key.Measure, g.Key.Day, Count = g.Sum(t => t.Count), Sum = g.Sum(t => t.Sum) })
            .ToListAsync(ct);
        var checks = await ChecksByDayAsync(scope, request.PreviousFrom, request.To, ct);

        // Findings are a state, not a flow: the period's figure is what its last inspection found.
        var inspected = daily.Where(d => d.Measure == DashboardMeasures.InspectedPlatforms).Select(d => d.Day).ToHashSet();
        var lastDay = inspected.Where(d => d >= request.From).Order().LastOrDefault();
        var previousLastDay = inspected.Where(d => d < request.From).Order().LastOrDefault();
        var findings = await FindingsOnAsync(scope, [lastDay, previousLastDay], ct);

        var tiles = new List<DashboardTile>();
        tiles.AddRange(FilingTiles(scope, request, cells));
        tiles.AddRange(CaseTiles(scope, request, cells, open, overdue, categories));
        tiles.AddRange(BlacklistTiles(scope, request, cells, states.ToDictionary(s => s.State, s => s.Count), checks));
        tiles.AddRange(FindingTiles(scope, findings, lastDay, previousLastDay, inspections));
        tiles.AddRange(await ExtensionTilesAsync(scope, request, today, ct));

        var trends = Trends(scope, request, daily.Select(d => (d.Measure, d.Day, d.Count, d.Sum)).ToList(), checks, inspections);
        var provinces = province is null ? await ProvincesAsync(scope, request, overdue, lastDay, ct) : [];
        var platforms = province is null ? [] : await PlatformsAsync(scope, request, overdue, lastDay, ct);
        return new DashboardFigures(request, province, lastDay == default ? null : lastDay, tiles, trends, provinces, platforms);
    }

    /// <summary>
    /// The open cases assigned to the viewer, most urgent first, with their deadlines; null for a viewer without a
    /// province (cases are handled in the provinces). The list they open is <see cref="InspectorCasesDrill"/>.
    /// </summary>
    public async Task<IReadOnlyList<InspectorCase>?> InspectorCasesAsync(DashboardViewer viewer, CancellationToken ct = default)
    {
        if (viewer.ProvinceCode is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var cases = await db.ReportCases.AsNoTracking()
            .Where(c => c.ProvinceCode == viewer.ProvinceCode && c.AssigneeId == viewer.UserId && c.Status != CaseStatus.Closed)
            .OrderBy(c => c.DueUtc).ThenBy(c => c.Id).Take(100)
            .Select(c => new { c.Id, c.AccountLabel, c.PlatformName, Category = c.Category.NameZh, c.Priority, c.Status, c.DueUtc })
            .ToListAsync(ct);
        return cases.Select(c => new InspectorCase(c.Id, c.AccountLabel, c.PlatformName, c.Category, c.Priority, c.DueUtc, CaseDeadline.IsOverdue(c.Status, c.DueUtc, now))).ToList();
    }

    /// <summary>The inbox filtered to the viewer's own cases, due first.</summary>
    public static CaseSearch InspectorCasesDrill(DashboardViewer viewer) => new(AssigneeId: viewer.UserId, ProvinceCode: viewer.ProvinceCode, DueFirst: true);

    /// <summary>
    /// The auditor's view: the 50 latest reveals of personal data, and per user the period's reveals and busiest day,
    /// flagged past <see cref="UnusualRevealsPerPeriod"/> or <see cref="UnusualRevealsPerDay"/>. Null for anyone but an auditor.
    /// </summary>
    public async Task<AuditorFigures?> AuditorAsync(DashboardViewer viewer, DashboardRequest request, CancellationToken ct = default)
    {
        if (!viewer.IsAuditor || !request.IsValid) return null;
        var (start, end) = (ChinaTime.StartOfDayUtc(request.From), ChinaTime.StartOfDayUtc(request.To.AddDays(1)));
        var actions = RevealActions.ToList();
        var reveals = db.AuditEntries.AsNoTracking().Where(a => actions.Contains(a.Action));
        var recent = await reveals.OrderByDescending(a => a.OccurredUtc).ThenByDescending(a => a.Id).Take(50)
            .Select(a => new RevealRow(a.Id, a.OccurredUtc, a.UserName, a.Action, a.RecordType, a.RecordId, a.ProvinceCode, a.Reason))
            .ToListAsync(ct);
        var perDay = await reveals.Where(a => a.OccurredUtc >= start && a.OccurredUtc < end)
            .GroupBy(a => new { a.UserId, a.UserName, Day = a.OccurredUtc.AddHours(8).Date })
            .Select(g => new { g.Key.UserId, g.Key.UserName, g.Key.Day, Count = g.Count() })
            .ToListAsync(ct);
        var byUser = perDay.GroupBy(r => (r.UserId, r.UserName)).Select(g =>
            {
                var busiest = g.OrderByDescending(r => r.Count).ThenBy(r => r.Day).First();
                var total = g.Sum(r => r.Count);
                return new RevealPattern(g.Key.UserId, g.Key.UserName, total, busiest.Count, ChinaDays.Of(busiest.Day),
                    total >= UnusualRevealsPerPeriod || busiest.Count >= UnusualRevealsPerDay);
            })
            .OrderByDescending(p => p.Unusual).ThenByDescending(p => p.Reveals).ThenBy(p => p.UserName).ToList();
        return new AuditorFigures(recent, byUser);
    }

    /// <summary>
    /// On PostgreSQL, one read-only snapshot for every query of a view, so that tiles, trends and the ranking agree
    /// while the rollup writes, with plans made for this view's dates. The cells are spread very unevenly over days (a
    /// year reads whole months from the monthly rollup and the days around them from the daily one), and the generic
    /// plan PostgreSQL gives an auto-prepared statement after five runs read a year's cells three times slower than the
    /// plan for the dates asked (bench-dashboard, 1,000,000 reports: 183–259 ms against 69 ms). Null on SQLite, whose
    /// transactions would take the write lock.
    /// </summary>
    private async Task<IAsyncDisposable?> ReadSnapshotAsync(CancellationToken ct)
    {
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is not null) return null;
        var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY; SET LOCAL plan_cache_mode = force_custom_plan", ct);
        return transaction;
    }

    private static bool TryScope(DashboardViewer viewer, string? requested, out string? province)
    {
        province = null;
        if (viewer.IsNational)
        {
            province = string.IsNullOrEmpty(requested) ? null : requested;
            return province is null || ProvinceCatalog.IsKnown(province) || province == NationalTriage.ProvinceCode;
        }
        if (viewer.ProvinceCode is null) return false;
        province = viewer.ProvinceCode;
        return string.IsNullOrEmpty(requested) || requested == viewer.ProvinceCode;
    }

    private IQueryable<DashboardTally> Cells(Scope scope, params string[] measures) => Cells(db.DashboardTallies, scope, measures);

    private static IQueryable<T> Cells<T>(IQueryable<T> cells, Scope scope, params string[] measures) where T : DashboardCell
    {
        var query = cells.AsNoTracking();
        query = measures.Length == 1 ? query.Where(t => t.Measure == measures[0]) : query.Where(t => measures.Contains(t.Measure));
        if (scope.ProvinceCode is { } province) query = query.Where(t => t.ProvinceCode == province);
        if (scope.Agency is { } agency) query = query.Where(t => t.Agency == agency);
        return query;
    }

    /// <summary>
    /// The cells of <paramref name="measures"/> on the days <paramref name="from"/> to <paramref name="to"/> inclusive: the
    /// whole calendar months among them from the monthly rollup (on their first day), the other days from the daily one.
    /// Measures not kept by month are read by day.
    /// </summary>
    private IQueryable<Row> Span(Scope scope, DateOnly from, DateOnly to, params string[] measures)
    {
        var days = Cells(scope, measures).Where(t => t.Day >= from && t.Day <= to);
        if (!measures.All(DashboardMonthTally.Measures.Contains) || DashboardMonthTally.WholeMonths(from, to) is not var (first, last))
            return days.Select(RowOf<DashboardTally>());
        var lastEnd = last.AddMonths(1).AddDays(-1);
        return Cells(db.DashboardMonthTallies, scope, measures).Where(t => t.Day >= first && t.Day <= last).Select(RowOf<DashboardMonthTally>())
            .Concat(days.Where(t => t.Day < first || t.Day > lastEnd).Select(RowOf<DashboardTally>()));
    }

    private static Expression<Func<T, Row>> RowOf<T>() where T : DashboardCell => t => new Row
    {
        Measure = t.Measure, Day = t.Day, ProvinceCode = t.ProvinceCode, PlatformId = t.PlatformId, CategoryId = t.CategoryId,
        Key = t.Key, Detail = t.Detail, Count = t.Count, Sum = t.Sum,
    };

    /// <summary>The last completed inspection of each day (the one the rollup counts), for the findings lists.</summary>
    private async Task<Dictionary<DateOnly, int>> LastInspectionsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        (await db.Inspections.AsNoTracking().Where(i => i.CompletedUtc != null && i.InspectedOn >= from && i.InspectedOn <= to)
            .Select(i => new { i.Id, i.InspectedOn, i.CompletedUtc }).ToListAsync(ct))
        .GroupBy(i => i.InspectedOn)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(i => i.CompletedUtc).ThenByDescending(i => i.Id).First().Id);

    private async Task<List<(DateOnly Day, string Rule, string Severity, int PlatformId, string ProvinceCode, long Count)>> FindingsOnAsync(Scope scope, DateOnly[] days, CancellationToken ct) =>
        (await Cells(scope, DashboardMeasures.Findings).Where(t => days.Contains(t.Day))
            .GroupBy(t => new { t.Day, t.Key, t.Detail, t.PlatformId, t.ProvinceCode })
            .Select(g => new { g.Key.Day, g.Key.Key, g.Key.Detail, g.Key.PlatformId, g.Key.ProvinceCode, Count = g.Sum(t => (long)t.Count) })
            .ToListAsync(ct))
        .Select(f => (f.Day, f.Key, f.Detail, f.PlatformId, f.ProvinceCode, f.Count)).ToList();

    private async Task<Dictionary<DateOnly, long>> ChecksByDayAsync(Scope scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var tallies = db.BlacklistCheckTallies.AsNoTracking().Where(t => t.Day >= from && t.Day <= to);
        if (scope.ProvinceCode is { } province) tallies = tallies.Where(t => t.ProvinceCode == province);
        if (scope.Agency is { } agency) tallies = tallies.Join(db.Platforms.Where(p => p.Agency == agency), t => t.PlatformId, p => p.Id, (t, _) => t);
        return await tallies.GroupBy(t => t.Day).Select(g => new { Day = g.Key, Checks = g.Sum(t => t.Checks) }).ToDictionaryAsync(d => d.Day, d => d.Checks, ct);
    }

    private static FilingListFilter FilingsIn(Scope scope, DateOnly from, DateOnly to) =>
        new() { FiledFrom = from, FiledTo = to, Agency = scope.Agency, ProvinceCode = scope.ProvinceCode };

    private static CaseSearch CasesIn(Scope scope, DateOnly? from = null, DateOnly? to = null) =>
        new(From: from, To: to, Agency: scope.Agency, ProvinceCode: scope.ProvinceCode);

    private static BlacklistSearch EntriesOf(Scope scope) => new(ProvinceCode: scope.ProvinceCode, Agency: scope.Agency);

    private static FindingSearch FindingsOf(Scope scope, int inspectionId) => new(inspectionId, ProvinceCode: scope.ProvinceCode, Agency: scope.Agency);

    private static DashboardTile Flow(string code, List<Cell> cells, Func<Cell, bool> counts, DashboardDrill drill, bool sum = false)
    {
        long Total(bool current) => cells.Where(c => c.Current == current && counts(c)).Sum(c => sum ? c.Sum : c.Count);
        return new DashboardTile(code, Total(true), Total(false), drill);
    }

    private static IEnumerable<DashboardTile> FilingTiles(Scope scope, DashboardRequest request, List<Cell> cells)
    {
        var filings = cells.Where(c => c.Measure == DashboardMeasures.Filings).ToList();
        var period = FilingsIn(scope, request.From, request.To);
        yield return Flow("filings", filings, _ => true, new DashboardDrill(Filings: period));
        foreach (var status in Enum.GetValues<FilingStatus>())
            yield return Flow($"filings.{status}", filings, c => c.Key == status.ToString(), new DashboardDrill(Filings: period with { Status = status }));
        // MCT opinion 4: no account under 16 (refused at filing); 16–17 only with guardian consent (returned without it).
        yield return Flow("filings.under16-refused", filings, c => c.Key == nameof(FilingStatus.Rejected) && c.Detail == nameof(AgeBand.Under16),
            new DashboardDrill(Filings: period with { Status = FilingStatus.Rejected, AgeBand = AgeBand.Under16 }));
        yield return Flow("filings.consent-returned", filings, c => c.Key == nameof(FilingStatus.ReturnedForCorrection) && c.Detail == nameof(AgeBand.Age16To17),
            new DashboardDrill(Filings: period with { Status = FilingStatus.ReturnedForCorrection, AgeBand = AgeBand.Age16To17 }));
    }

    private static IEnumerable<DashboardTile> CaseTiles(Scope scope, DashboardRequest request, List<Cell> cells,
        Dictionary<string, long> open, List<Overdue> overdue, IReadOnlyList<ReportCategory> categories)
    {
        var cases = cells.Where(c => c.Measure == DashboardMeasures.Cases).ToList();
        var period = CasesIn(scope, request.From, request.To);
        yield return Flow("cases", cases, _ => true, new DashboardDrill(Cases: period));
        yield return Flow("cases.reports", cases, _ => true, new DashboardDrill(Cases: period, SumsReports: true), sum: true);
        foreach (var category in categories.Where(k => cases.Any(c => c.CategoryId == k.Id)))
            yield return Flow($"cases.category.{category.Code}", cases, c => c.CategoryId == category.Id, new DashboardDrill(Cases: period with { CategoryId = category.Id }));

        // The present, whatever the period: cases not closed, and those of them past their deadline today.
        var now = CasesIn(scope);
        foreach (var status in new[] { CaseStatus.AwaitingTriage, CaseStatus.Open, CaseStatus.InProgress })
        {
            if (status == CaseStatus.AwaitingTriage && scope.ProvinceCode is not null) continue;
            yield return new DashboardTile($"cases.{status}", open.GetValueOrDefault(status.ToString()), null,
                new DashboardDrill(Cases: now with { Status = status }));
        }
        yield return new DashboardTile("cases.overdue", overdue.Sum(o => o.Count), null, new DashboardDrill(Cases: now with { OverdueOnly = true }));
        foreach (var category in categories.Where(k => overdue.Any(o => o.CategoryId == k.Id)))
            yield return new DashboardTile($"cases.overdue.{category.Code}", overdue.Where(o => o.CategoryId == category.Id).Sum(o => o.Count), null,
                new DashboardDrill(Cases: now with { OverdueOnly = true, CategoryId = category.Id }));
    }

    private static IEnumerable<DashboardTile> BlacklistTiles(Scope scope, DashboardRequest request, List<Cell> cells, Dictionary<string, long> states,
        Dictionary<DateOnly, long> checks)
    {
        var entries = cells.Where(c => c.Measure == DashboardMeasures.BlacklistEntries).ToList();
        yield return Flow("blacklist.proposed", entries, _ => true, new DashboardDrill(Blacklist: EntriesOf(scope) with { From = request.From, To = request.To }));
        foreach (var state in Enum.GetValues<BlacklistState>())
            yield return new DashboardTile($"blacklist.{state}", states.GetValueOrDefault(state.ToString()), null, new DashboardDrill(Blacklist: EntriesOf(scope) with { State = state }));
        // Checks are answered and counted, never stored one by one (BlacklistCheckMeter): there is no list to open.
        yield return new DashboardTile("blacklist.checks", checks.Where(c => c.Key >= request.From).Sum(c => c.Value),
            checks.Where(c => c.Key < request.From).Sum(c => c.Value), null);
    }

    private static IEnumerable<DashboardTile> FindingTiles(Scope scope,
        List<(DateOnly Day, string Rule, string Severity, int PlatformId, string ProvinceCode, long Count)> findings,
        DateOnly lastDay, DateOnly previousLastDay, Dictionary<DateOnly, int> inspections)
    {
        long? Total(DateOnly day, Func<string, string, bool> counts) =>
            day == default ? null : findings.Where(f => f.Day == day && counts(f.Rule, f.Severity)).Sum(f => f.Count);
        DashboardDrill? Drill(Func<FindingSearch, FindingSearch> narrow) =>
            inspections.TryGetValue(lastDay, out var id) ? new DashboardDrill(Findings: narrow(FindingsOf(scope, id))) : null;
        yield return new DashboardTile("findings", Total(lastDay, (_, _) => true) ?? 0, Total(previousLastDay, (_, _) => true), Drill(f => f));
        foreach (var severity in Enum.GetValues<FindingSeverity>())
            yield return new DashboardTile($"findings.{severity}", Total(lastDay, (_, s) => s == severity.ToString()) ?? 0,
                Total(previousLastDay, (_, s) => s == severity.ToString()), Drill(f => f with { Severity = severity }));
        foreach (var rule in findings.Select(f => f.Rule).Distinct().Order())
            yield return new DashboardTile($"findings.rule.{rule}", Total(lastDay, (r, _) => r == rule) ?? 0, Total(previousLastDay, (r, _) => r == rule),
                Drill(f => f with { RuleCode = rule }));
    }

    /// <summary>
    /// Tiles of the features built alongside the dashboards: each measure's total and its keys' figures. Flows (repairs,
    /// plans, tasks drawn) sum the period's days; states (grades, listings in force) read the latest daily snapshot up
    /// to the period's end, and the previous period's latest before it. Grades count rated publishers (the platforms,
    /// a few dozen, have their own list). Spot-check tasks exclude cancelled ones (a redraw cancels the earlier draw's
    /// tasks) and add the tasks whose results found a problem. Each figure opens its list: the publishers by grade and
    /// the listings in force when the snapshot shown is today's (the lists show the present, not a past day's standing),
    /// the plans created in the period, and for tasks the plans drawn in it, whose task column sums to the figure.
    /// Credit repairs have no list filtered by the day applied for yet.
    /// </summary>
    private async Task<IEnumerable<DashboardTile>> ExtensionTilesAsync(Scope scope, DashboardRequest request, DateOnly today, CancellationToken ct)
    {
        var fed = sources.SelectMany(s => s.Measures).ToHashSet();
        var tiles = new List<DashboardTile>();
        (DateOnly? Current, DateOnly? Previous)? snapshotDays = null;
        foreach (var measure in ExtensionMeasures)
        {
            if (!fed.Contains(measure))
            {
                tiles.Add(new DashboardTile(measure, null, null, null));
                continue;
            }
            DateOnly? current = null, previous = null;
            IQueryable<DashboardTally> cells;
            if (SnapshotMeasures.Contains(measure))
            {
                // The snapshot's day is found over every snapshot measure (once for all of them): a day with graded
                // subjects but no listing in force holds 0 listings, not "no data".
                if (snapshotDays is null)
                {
                    var taken = Cells(scope, [.. SnapshotMeasures]);
                    snapshotDays = (await taken.Where(t => t.Day <= request.To).MaxAsync(t => (DateOnly?)t.Day, ct),
                        await taken.Where(t => t.Day < request.From).MaxAsync(t => (DateOnly?)t.Day, ct));
                }
                (current, previous) = snapshotDays.Value;
                var days = new[] { current, previous }.OfType<DateOnly>().Distinct().ToList();
                cells = Cells(scope, measure).Where(t => days.Contains(t.Day));
            }
            else cells = Cells(scope, measure).Where(t => t.Day >= request.PreviousFrom && t.Day <= request.To);
            if (measure == DashboardMeasures.CreditGrades) cells = cells.Where(t => t.Detail == nameof(Credit.CreditSubjectKind.Publisher));
            var rows = await cells.Where(t => t.Key != nameof(SpotChecks.SpotCheckTaskStatus.Cancelled))
                .GroupBy(t => new { t.Day, t.Key }).Select(g => new { g.Key.Day, g.Key.Key, Count = g.Sum(t => (long)t.Count), Sum = g.Sum(t => t.Sum) })
                .ToListAsync(ct);
            bool InCurrent(DateOnly day) => SnapshotMeasures.Contains(measure) ? day == current : day >= request.From;
            bool InPrevious(DateOnly day) => SnapshotMeasures.Contains(measure) ? day == previous : day < request.From;
            var snapshot = SnapshotMeasures.Contains(measure);
            DashboardTile Tile(string code, Func<string, bool> counts, DashboardDrill? drill, bool sum = false)
            {
                long Total(Func<DateOnly, bool> inPeriod) => rows.Where(r => inPeriod(r.Day) && counts(r.Key)).Sum(r => sum ? r.Sum : r.Count);
                return new DashboardTile(code, snapshot && current is null ? null : Total(InCurrent), snapshot && previous is null ? null : Total(InPrevious), drill);
            }
            var drill = ExtensionDrill(scope, request, today, measure, snapshot && current != today);
            tiles.Add(Tile(measure, _ => true, drill(null)));
            tiles.AddRange(ExtensionKeys[measure].Select(key => Tile($"{measure}.{key}", k => k == key, drill(key))));
            if (measure == DashboardMeasures.SpotChecks)
                tiles.Add(Tile($"{measure}.findings", _ => true, drill(null) is { } tasks ? tasks with { SumsTasks = DashboardTaskColumn.TasksWithProblems } : null, sum: true));
        }
        return tiles;
    }

    /// <summary>The list an extension measure's total (key null) or key counts; none for a past snapshot or a measure without a list.</summary>
    private static Func<string?, DashboardDrill?> ExtensionDrill(Scope scope, DashboardRequest request, DateOnly today, string measure, bool pastSnapshot)
    {
        if (pastSnapshot) return _ => null;
        return measure switch
        {
            DashboardMeasures.CreditGrades => key => new DashboardDrill(CreditSubjects: new Credit.CreditSubjectSearch(Credit.CreditSubjectKind.Publisher,
                key is null ? null : Enum.Parse<Credit.CreditGrade>(key), scope.ProvinceCode, Agency: scope.Agency)),
            DashboardMeasures.UntrustworthyListings => key => new DashboardDrill(Designations: new Credit.DesignationSearch(
                Level: key is null ? null : Enum.Parse<Credit.DesignationLevel>(key), ProvinceCode: scope.ProvinceCode, Agency: scope.Agency, InForceOn: today)),
            DashboardMeasures.SpotCheckPlans => _ => new DashboardDrill(SpotCheckPlans: new SpotChecks.SpotCheckPlanSearch(ProvinceCode: scope.ProvinceCode,
                Agency: scope.Agency, CreatedFrom: request.From, CreatedTo: request.To)),
            DashboardMeasures.SpotChecks => key => new DashboardDrill(SpotCheckPlans: new SpotChecks.SpotCheckPlanSearch(ProvinceCode: scope.ProvinceCode,
                Agency: scope.Agency, DrawnFrom: request.From, DrawnTo: request.To), SumsTasks: key is null ? DashboardTaskColumn.Tasks : DashboardTaskColumn.ClosedTasks),
            _ => _ => null,
        };
    }

    private static IReadOnlyList<TrendSeries> Trends(Scope scope, DashboardRequest request, List<(string Measure, DateOnly Day, long Count, long Sum)> daily,
        Dictionary<DateOnly, long> checks, Dictionary<DateOnly, int> inspections)
    {
        var buckets = Buckets(request).ToList();
        long Total(string measure, DateOnly from, DateOnly to, bool sum = false) =>
            daily.Where(d => d.Measure == measure && d.Day >= from && d.Day <= to).Sum(d => sum ? d.Sum : d.Count);
        TrendSeries Series(string code, Func<DateOnly, DateOnly, long> value, Func<DateOnly, DateOnly, DashboardDrill?> drill) =>
            new(code, buckets.Select(b => new TrendPoint(b.From, b.To, value(b.From, b.To), drill(b.From, b.To))).ToList());
        DateOnly? LastInspected(DateOnly from, DateOnly to) =>
            daily.Where(d => d.Measure == DashboardMeasures.InspectedPlatforms && d.Day >= from && d.Day <= to).Select(d => (DateOnly?)d.Day).Max();
        return
        [
            Series("filings", (f, t) => Total(DashboardMeasures.Filings, f, t), (f, t) => new DashboardDrill(Filings: FilingsIn(scope, f, t))),
            Series("cases", (f, t) => Total(DashboardMeasures.Cases, f, t), (f, t) => new DashboardDrill(Cases: CasesIn(scope, f, t))),
            Series("cases.reports", (f, t) => Total(DashboardMeasures.Cases, f, t, sum: true), (f, t) => new DashboardDrill(Cases: CasesIn(scope, f, t), SumsReports: true)),
            Series("blacklist.proposed", (f, t) => Total(DashboardMeasures.BlacklistEntries, f, t),
                (f, t) => new DashboardDrill(Blacklist: EntriesOf(scope) with { From = f, To = t })),
            // Published entries may since have been lifted or expired, and the list filters by day proposed: no list counts these.
            Series("blacklist.published", (f, t) => Total(DashboardMeasures.BlacklistPublished, f, t), (_, _) => null),
            Series("blacklist.checks", (f, t) => checks.Where(c => c.Key >= f && c.Key <= t).Sum(c => c.Value), (_, _) => null),
            Series("findings", (f, t) => LastInspected(f, t) is { } day ? Total(DashboardMeasures.Findings, day, day) : 0,
                (f, t) => LastInspected(f, t) is { } day && inspections.TryGetValue(day, out var id) ? new DashboardDrill(Findings: FindingsOf(scope, id)) : null),
        ];
    }

    /// <summary>The period cut by the grain: days, Monday-to-Sunday weeks or calendar months, the first and last clipped to the period.</summary>
    public static IEnumerable<(DateOnly From, DateOnly To)> Buckets(DashboardRequest request)
    {
        for (var from = request.From; from <= request.To;)
        {
            var end = request.Grain switch
            {
                TrendGrain.Week => from.AddDays(6 - ((int)from.DayOfWeek + 6) % 7),
                TrendGrain.Month => new DateOnly(from.Year, from.Month, 1).AddMonths(1).AddDays(-1),
                _ => from,
            };
            var to = end < request.To ? end : request.To;
            yield return (from, to);
            from = to.AddDays(1);
        }
    }

    private async Task<IReadOnlyList<ProvinceFigures>> ProvincesAsync(Scope scope, DashboardRequest request, List<Overdue> overdue, DateOnly lastDay, CancellationToken ct)
    {
        var flows = await Span(scope, request.From, request.To, DashboardMeasures.Filings, DashboardMeasures.Cases, DashboardMeasures.BlacklistEntries)
            .GroupBy(t => new { t.ProvinceCode, t.Measure })
            .Select(g => new { g.Key.ProvinceCode, g.Key.Measure, Count = g.Sum(t => t.Count), Sum = g.Sum(t => t.Sum) })
            .ToListAsync(ct);
        var overdueIn = overdue.GroupBy(o => o.ProvinceCode).ToDictionary(g => g.Key, g => g.Sum(o => o.Count));
        var findings = await Cells(scope, DashboardMeasures.Findings).Where(t => t.Day == lastDay)
            .GroupBy(t => t.ProvinceCode).Select(g => new { ProvinceCode = g.Key, Count = g.Sum(t => (long)t.Count) })
            .ToDictionaryAsync(g => g.ProvinceCode, g => g.Count, ct);
        var platforms = db.Platforms.AsNoTracking();
        if (scope.Agency is { } agency) platforms = platforms.Where(p => p.Agency == agency);
        var registered = await platforms.GroupBy(p => p.ProvinceCode).Select(g => new { ProvinceCode = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ProvinceCode, g => g.Count, ct);
        long Flow(string province, string measure, bool sum = false) =>
            flows.Where(f => f.ProvinceCode == province && f.Measure == measure).Sum(f => sum ? f.Sum : f.Count);
        return ProvinceCatalog.All.Select(p => new ProvinceFigures(p.Code, ProvincePopulation.Of(p.Code), registered.GetValueOrDefault(p.Code),
                Flow(p.Code, DashboardMeasures.Filings), Flow(p.Code, DashboardMeasures.Cases), Flow(p.Code, DashboardMeasures.Cases, sum: true),
                overdueIn.GetValueOrDefault(p.Code), findings.GetValueOrDefault(p.Code), Flow(p.Code, DashboardMeasures.BlacklistEntries)))
            .ToList();
    }

    private async Task<IReadOnlyList<PlatformRank>> PlatformsAsync(Scope scope, DashboardRequest request, List<Overdue> overdue, DateOnly lastDay, CancellationToken ct)
    {
        var findings = await Cells(scope, DashboardMeasures.Findings).Where(t => t.Day == lastDay)
            .GroupBy(t => new { t.PlatformId, Severe = t.Detail == nameof(FindingSeverity.Severe) })
            .Select(g => new { g.Key.PlatformId, g.Key.Severe, Count = g.Sum(t => (long)t.Count) }).ToListAsync(ct);
        var reports = await Span(scope, request.From, request.To, DashboardMeasures.Cases).Where(t => t.PlatformId != 0)
            .GroupBy(t => t.PlatformId).Select(g => new { PlatformId = g.Key, Sum = g.Sum(t => t.Sum) })
            .ToDictionaryAsync(g => g.PlatformId, g => g.Sum, ct);
        var overdueOn = overdue.Where(o => o.PlatformId != 0).GroupBy(o => o.PlatformId).ToDictionary(g => g.Key, g => g.Sum(o => o.Count));
        var platforms = db.Platforms.AsNoTracking().Where(p => p.ProvinceCode == scope.ProvinceCode);
        if (scope.Agency is { } agency) platforms = platforms.Where(p => p.Agency == agency);
        var names = await platforms.Select(p => new { p.Id, p.Name, p.ProvinceCode }).ToListAsync(ct);
        return names.Select(p => new PlatformRank(p.Id, p.Name, p.ProvinceCode,
                findings.Where(f => f.PlatformId == p.Id).Sum(f => f.Count), findings.Where(f => f.PlatformId == p.Id && f.Severe).Sum(f => f.Count),
                reports.GetValueOrDefault(p.Id), overdueOn.GetValueOrDefault(p.Id)))
            .Where(r => r.Findings + r.Reports + r.OverdueCases > 0)
            .OrderByDescending(r => r.Findings).ThenByDescending(r => r.Reports).ThenByDescending(r => r.OverdueCases).ThenBy(r => r.PlatformId)
            .Take(RankingSize)
            .ToList();
    }
}
