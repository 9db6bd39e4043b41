namespace Regulator.Domain.Credit;

/// <summary>The credit feature's audit action names (kept beside the feature so parallel features do not all edit one list).</summary>
public static class CreditAuditActions
{
    public const string ModelDrafted = "credit.model-drafted";
    public const string ModelPublished = "credit.model-published";
    public const string PenaltyRecorded = "credit.penalty-recorded";
    public const string MeasureReported = "credit.measure-reported";
    public const string SubjectViewed = "credit.subject-viewed";
    public const string DesignationViewed = "credit.designation-viewed";
    public const string DesignationStep = "credit.designation-step";
    public const string PublisherQueried = "credit.publisher-queried";
    public const string CriterionChanged = "credit.criterion-changed";
    public const string CalendarChanged = "credit.calendar-changed";
    public const string ProcedureSettingsChanged = "credit.procedure-settings-changed";
}
