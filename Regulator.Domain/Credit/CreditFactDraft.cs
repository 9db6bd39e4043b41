using Regulator.Domain.Common;

namespace Regulator.Domain.Credit;

/// <summary>
/// A fact to record about a subject, as a source feature hands it to <see cref="CreditFactRecorder"/>. The subject is a
/// publisher (<see cref="IdentityBlindIndex"/>) or a platform (<see cref="SubjectPlatformId"/>); <see cref="PlatformId"/>
/// is where it happened; <see cref="IdentityMasked"/> is the publisher's masked number as the source holds it, kept as
/// the subject's code when no filing gives one. The spot-check feature records <see cref="CreditFactKind.SpotCheckFailed"/> and
/// <see cref="CreditFactKind.SpotCheckPassed"/> this way, with <c>SourceType = "SpotCheck"</c> and its result's id.
/// </summary>
public sealed record CreditFactDraft(
    CreditFactKind Kind,
    CreditSeverity Severity,
    string SourceType,
    string SourceId,
    DateOnly OccurredOn,
    string SourceProvinceCode,
    Agency Agency,
    string Summary,
    byte[]? IdentityBlindIndex = null,
    int? SubjectPlatformId = null,
    int? PlatformId = null,
    string? DocumentNumber = null,
    string? IdentityMasked = null);
