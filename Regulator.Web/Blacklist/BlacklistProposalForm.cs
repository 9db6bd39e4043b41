using Regulator.Domain.Blacklist;

namespace Regulator.Web.Blacklist;

/// <summary>The proposal form's fields as typed (a field left empty is posted as null); the rules are in <see cref="BlacklistRules"/>.</summary>
public sealed class BlacklistProposalForm
{
    public string? IdentityNumber { get; set; }
    public string? DisplayNames { get; set; }
    /// <summary>Null when the form was posted without any platform chosen.</summary>
    public int[]? PlatformIds { get; set; } = [];
    public string? CategoryCode { get; set; }
    public string? Facts { get; set; }
    public string? EvidenceReferences { get; set; }
    public BlacklistSeverity Severity { get; set; } = BlacklistSeverity.TimedBan;
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>The filed publisher whose identity is proposed when no number is typed.</summary>
    public long? FilingId { get; set; }

    /// <summary>The report case the form was filled in from; stored with the entry and shown as a link back.</summary>
    public long? SourceCaseId { get; set; }

    public BlacklistProposal ToProposal() => new(IdentityNumber, Lines(DisplayNames), PlatformIds, CategoryCode, Facts, Lines(EvidenceReferences),
        Severity, StartsOn, Severity == BlacklistSeverity.Permanent ? null : EndsOn, FilingId, SourceCaseId);

    public static BlacklistProposalForm From(BlacklistCaseDraft draft, DateOnly today) => new()
    {
        DisplayNames = string.Join('\n', draft.DisplayNames),
        PlatformIds = [.. draft.PlatformIds],
        CategoryCode = draft.CategoryCode,
        Facts = draft.Facts,
        EvidenceReferences = string.Join('\n', draft.EvidenceReferences),
        StartsOn = today,
        FilingId = draft.FilingId,
        SourceCaseId = draft.CaseId,
    };

    /// <summary>The form field that a proposal's field error (keyed by the wire field, as <see cref="BlacklistProblem.Field"/>) belongs to.</summary>
    public static string FieldOf(string field) => field switch
    {
        "identityNumber" => nameof(IdentityNumber),
        "displayNames" => nameof(DisplayNames),
        "platformIds" => nameof(PlatformIds),
        "categoryCode" => nameof(CategoryCode),
        "facts" => nameof(Facts),
        "evidenceReferences" => nameof(EvidenceReferences),
        "severity" => nameof(Severity),
        "startsOn" => nameof(StartsOn),
        // The form has no field for the source case; its facts came from it.
        "sourceCaseId" => nameof(Facts),
        _ => nameof(EndsOn),
    };

    private static string[] Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
