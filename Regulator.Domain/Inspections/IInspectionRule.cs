namespace Regulator.Domain.Inspections;

/// <summary>
/// One check an automated inspection applies to each platform. A rule reports at most one finding per
/// platform, counting every record it concerns and citing a sample of them as evidence.
/// </summary>
public interface IInspectionRule
{
    /// <summary>Stable code stored with the finding; resources word it (<c>Rule_{code}_Title</c>).</summary>
    string Code { get; }

    FindingCategory Category { get; }
    FindingSeverity Severity { get; }

    /// <summary>The legal basis, e.g. <c>MCT-4</c>.</summary>
    string Article { get; }

    Task<FindingDraft?> InspectAsync(PlatformUnderInspection subject, CancellationToken ct);
}
