namespace Regulator.Domain.Auditing;

/// <summary>Action names written to the audit log; kept as constants so auditors can filter by them.</summary>
public static class AuditActions
{
    public const string SignIn = "auth.sign-in";
    public const string SignInFailed = "auth.sign-in-failed";
    public const string LockedOut = "auth.locked-out";
    public const string SignOut = "auth.sign-out";
    public const string ListExported = "list.exported";
    public const string TwoFactorEnabled = "auth.2fa-enabled";
    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string UserLocked = "user.locked";
    public const string UserUnlocked = "user.unlocked";
    public const string PlatformCreated = "platform.created";
    public const string PlatformUpdated = "platform.updated";
    public const string PlatformViewed = "platform.viewed";
    public const string ApiKeyIssued = "api-key.issued";
    public const string ApiKeyRevoked = "api-key.revoked";
    public const string ApiKeyUsed = "api-key.used";
    public const string FilingViewed = "filing.viewed";
    public const string FilingReviewed = "filing.reviewed";
    public const string FilingsBulkAccepted = "filing.bulk-accepted";
    public const string FilingsUploaded = "filing.uploaded";
    public const string IdentityRevealed = "filing.identity-revealed";
    public const string ReportCategoryAdded = "report-category.added";
    public const string ReportsImported = "reports.imported";
    public const string ReportCaseViewed = "report-case.viewed";
    public const string ReportCaseChanged = "report-case.changed";
    public const string ReporterContactRevealed = "report.contact-revealed";
    public const string BlacklistProposed = "blacklist.proposed";
    public const string BlacklistConfirmed = "blacklist.confirmed";
    public const string BlacklistDeclined = "blacklist.declined";
    public const string BlacklistPublished = "blacklist.published";
    public const string BlacklistLifted = "blacklist.lifted";
    public const string BlacklistExpired = "blacklist.expired";
    public const string BlacklistIdentityRevealed = "blacklist.identity-revealed";
    public const string InspectorAdded = "inspector.added";
    public const string InspectorChanged = "inspector.changed";
    public const string InspectorConflictDeclared = "inspector.conflict-declared";
    public const string SpotCheckPlanCreated = "spot-check.plan-created";
    public const string SpotCheckPlanChanged = "spot-check.plan-changed";
    public const string SpotCheckPublishedEarly = "spot-check.published-early";
    public const string SpotCheckSeedRecorded = "spot-check.seed-recorded";
    public const string SpotCheckDrawn = "spot-check.drawn";
    public const string SpotCheckDrawFailed = "spot-check.draw-failed";
    public const string SpotCheckRedrawn = "spot-check.redrawn";
    public const string SpotCheckResultRecorded = "spot-check.result-recorded";
    public const string SpotCheckEvidenceAdded = "spot-check.evidence-added";
    public const string SpotCheckFollowedUp = "spot-check.rectification-followed-up";
    public const string SpotCheckTaskClosed = "spot-check.task-closed";
    public const string SpotCheckPlanClosed = "spot-check.plan-closed";
}
