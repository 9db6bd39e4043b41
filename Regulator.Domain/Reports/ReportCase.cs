using Regulator.Domain.Common;
using Regulator.Domain.Protection;
using Regulator.Domain.Provinces;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Reports;

/// <summary>
/// The unit of handling: the reports about one account in one category that arrived within
/// <see cref="GroupingWindow"/> of each other. It is routed to the province where the reported platform is
/// registered (or to <see cref="NationalTriage"/>), assigned to an inspector and closed with an outcome. Each step
/// returns null when taken, or why not as a <see cref="StepFailure"/>: a conflict when the case's state does not allow
/// it, invalid for what was entered; a refused step changes nothing.
/// </summary>
public class ReportCase : IProvinceOwned
{
    /// <summary>Reports further apart than this open separate cases, so one case never covers an open-ended period.</summary>
    public static readonly TimeSpan GroupingWindow = TimeSpan.FromHours(72);

    public long Id { get; set; }
    public string CaseKey { get; set; } = "";
    public int CategoryId { get; set; }
    public ReportCategory Category { get; set; } = null!;
    public Agency Agency { get; set; }
    public string ProvinceCode { get; set; } = "";
    public int? PlatformId { get; set; }

    /// <summary>As reported, for platforms outside the registry and for lists.</summary>
    public string? PlatformName { get; set; }

    public string AccountLabel { get; set; } = "";
    public CaseStatus Status { get; set; }
    public CasePriority Priority { get; set; }
    public bool MinorInvolved { get; set; }
    public int ReportCount { get; set; }
    public DateTime FirstReceivedUtc { get; set; }
    public DateTime LastReceivedUtc { get; set; }
    public DateTime DueUtc { get; set; }
    public string? AssigneeId { get; set; }
    public string? AssigneeName { get; set; }
    public DateTime? ClosedUtc { get; set; }
    public CaseOutcome? Outcome { get; set; }
    public PunitiveMeasures Measures { get; set; }
    public string? TransferredTo { get; set; }
    public string? ClosingNote { get; set => field = IdentityScrubber.Scrub(value); }

    /// <summary>Bumped by every change, so two people assigning or closing the same case at once cannot both win.</summary>
    public int Version { get; set; }

    public List<Report> Reports { get; set; } = [];
    public List<CaseEvent> Events { get; set; } = [];

    /// <summary>Overdue at <paramref name="nowUtc"/> by the one rule, <see cref="CaseDeadline"/>.</summary>
    public bool IsOverdue(DateTime nowUtc) => CaseDeadline.IsOverdue(Status, DueUtc, nowUtc);

    /// <summary>
    /// Opens a case for a report no open case accepts. Its province follows the reported platform's registration, and
    /// its platform is named as registered (<paramref name="registeredName"/>) when the report was matched to one: a
    /// report may name the platform by its credit code alone, which no reader of the inbox recognises.
    /// </summary>
    public static ReportCase OpenFor(Report report, ReportedAccount account, string caseKey, ReportCategory category, string? platformProvince,
        WorkingCalendar calendar, string? registeredName = null)
    {
        var province = platformProvince ?? NationalTriage.ProvinceCode;
        var @case = new ReportCase
        {
            CaseKey = caseKey,
            CategoryId = category.Id,
            Agency = category.Agency,
            ProvinceCode = province,
            PlatformId = report.PlatformId,
            PlatformName = registeredName ?? report.PlatformName ?? report.PlatformUscc,
            AccountLabel = Truncate(account.Label, 200),
            Status = platformProvince is null ? CaseStatus.AwaitingTriage : CaseStatus.Open,
            FirstReceivedUtc = report.ReceivedUtc,
            LastReceivedUtc = report.ReceivedUtc,
        };
        @case.Include(report, category, calendar);
        return @case;
    }

    /// <summary>
    /// The case's first step on its timeline, derived rather than stored: intake opens a case for most reports it takes,
    /// and a stored row for each opening was a quarter of the rows it wrote. The case opened when its first report was
    /// taken in, into national triage if it is still there or was routed from it (no province), otherwise into the
    /// province of the platform's registration (<see cref="CaseEvent.RoutedToProvinceCode"/>). Needs <see cref="Reports"/> and <see cref="Events"/>.
    /// </summary>
    public CaseEvent Opening() => new()
    {
        CaseId = Id,
        OccurredUtc = Reports.Min(r => r.IngestedUtc),
        Kind = CaseEventKind.Opened,
        ActorName = "system",
        RoutedToProvinceCode = Status == CaseStatus.AwaitingTriage || Events.Any(e => e.Kind == CaseEventKind.RoutedToProvince) ? null : ProvinceCode,
    };

    /// <summary>Whether a report about <paramref name="caseKey"/> in <paramref name="categoryId"/> received at <paramref name="receivedUtc"/> belongs here.</summary>
    public bool Accepts(string caseKey, int categoryId, DateTime receivedUtc) =>
        Status != CaseStatus.Closed
        && CategoryId == categoryId
        && CaseKey == caseKey
        // Every report of a case lies within the window of every other, whatever order they arrive in (backlog imports are unordered).
        && Max(LastReceivedUtc, receivedUtc) - Min(FirstReceivedUtc, receivedUtc) <= GroupingWindow;

    /// <summary>Adds a report; the first report's time fixes the deadline and any minor involved raises the priority.</summary>
    public void Include(Report report, ReportCategory category, WorkingCalendar calendar)
    {
        report.Case = this;
        report.ProvinceCode = ProvinceCode;
        Reports.Add(report);
        ReportCount++;
        Version++;
        FirstReceivedUtc = Min(FirstReceivedUtc, report.ReceivedUtc);
        LastReceivedUtc = Max(LastReceivedUtc, report.ReceivedUtc);
        MinorInvolved |= report.MinorInvolved;
        Priority = category.PriorityFor(MinorInvolved);
        DueUtc = calendar.DueUtc(FirstReceivedUtc, category.DeadlineWorkingDays);
    }

    /// <summary>National triage: sends a case about an unregistered platform to the province that has jurisdiction.</summary>
    public StepFailure? RouteTo(string provinceCode, int? platformId, string actorName, DateTime nowUtc)
    {
        if (Status != CaseStatus.AwaitingTriage) return StepFailure.Conflict("只有全国分拣队列中的案件可以分派 (only cases awaiting national triage can be routed)");
        if (!ProvinceCatalog.IsKnown(provinceCode)) return StepFailure.Invalid("请选择省份 (choose a province)");
        ProvinceCode = provinceCode;
        PlatformId = platformId;
        Status = CaseStatus.Open;
        foreach (var report in Reports) report.ProvinceCode = provinceCode;
        Record(new CaseEvent { Kind = CaseEventKind.RoutedToProvince, RoutedToProvinceCode = provinceCode }, actorName, nowUtc);
        return null;
    }

    /// <summary>Triage by category: corrects the category the reporter chose, which resets the deadline and priority.</summary>
    public StepFailure? Recategorize(ReportCategory category, WorkingCalendar calendar, string actorName, DateTime nowUtc)
    {
        if (Status == CaseStatus.Closed) return StepFailure.Conflict("案件已办结 (the case is closed)");
        if (!category.IsActive) return StepFailure.Invalid("该类别已停用 (this category is retired)");
        if (category.Id == CategoryId) return null;
        Record(new CaseEvent { Kind = CaseEventKind.Recategorized, PreviousCategoryId = CategoryId, CategoryId = category.Id }, actorName, nowUtc);
        CategoryId = category.Id;
        Category = category;
        Agency = category.Agency;
        Priority = category.PriorityFor(MinorInvolved);
        DueUtc = calendar.DueUtc(FirstReceivedUtc, category.DeadlineWorkingDays);
        return null;
    }

    /// <summary>Hands the case to a member of staff of the case's own province.</summary>
    public StepFailure? AssignTo(string userId, string userName, string? userProvince, string actorName, DateTime nowUtc)
    {
        if (Status == CaseStatus.Closed) return StepFailure.Conflict("案件已办结 (the case is closed)");
        if (Status == CaseStatus.AwaitingTriage) return StepFailure.Conflict("案件尚在全国分拣队列，请先分派省份 (route the case to a province first)");
        if (userProvince != ProvinceCode) return StepFailure.Invalid("只能指派给本省人员 (the assignee must belong to the case's province)");
        AssigneeId = userId;
        AssigneeName = userName;
        Status = CaseStatus.InProgress;
        Record(new CaseEvent { Kind = CaseEventKind.Assigned, Details = userName }, actorName, nowUtc);
        return null;
    }

    /// <summary>
    /// Closes the case. Measures (CAC Art. 14) follow only from a substantiated report; a transfer names the department
    /// that took it over; every closure says why, because the outcome feeds credit ratings that must be explainable.
    /// </summary>
    public StepFailure? Close(CaseOutcome outcome, PunitiveMeasures measures, string? transferredTo, string? note, string actorName, DateTime nowUtc)
    {
        if (Status == CaseStatus.Closed) return StepFailure.Conflict("案件已办结 (the case is already closed)");
        if (Status != CaseStatus.InProgress) return StepFailure.Conflict("请先指派承办人 (assign the case before closing it)");
        if (measures != PunitiveMeasures.None && outcome != CaseOutcome.Substantiated) return StepFailure.Invalid("只有查证属实的案件可以采取处置措施 (measures need a substantiated outcome)");
        if (outcome == CaseOutcome.Transferred && string.IsNullOrWhiteSpace(transferredTo)) return StepFailure.Invalid("请填写移交部门 (say which department the case was transferred to)");
        if (TextRules.ValidateName(note, "办结说明", 2000) is { } noteError) return StepFailure.Invalid(noteError);
        Status = CaseStatus.Closed;
        Outcome = outcome;
        Measures = measures;
        TransferredTo = outcome == CaseOutcome.Transferred ? transferredTo!.Trim() : null;
        ClosingNote = note!.Trim();
        ClosedUtc = nowUtc;
        Record(new CaseEvent { Kind = CaseEventKind.Closed, Outcome = outcome, Measures = measures, Details = TransferredTo }, actorName, nowUtc);
        return null;
    }

    /// <summary>Appends <paramref name="step"/> (its kind and values) with who took it and when.</summary>
    private void Record(CaseEvent step, string actorName, DateTime nowUtc)
    {
        Version++;
        step.CaseId = Id;
        step.OccurredUtc = nowUtc;
        step.ActorName = actorName;
        Events.Add(step);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
