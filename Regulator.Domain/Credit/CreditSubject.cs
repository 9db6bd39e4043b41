using Regulator.Domain.Common;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Credit;

/// <summary>
/// A rated publisher or platform with its current score and grade. A publisher is one person across every platform
/// (<see cref="IdentityBlindIndex"/>); a platform is its registry row (<see cref="PlatformId"/>). The subject belongs to
/// its home province — the province of the platform that first filed the publisher, or where the platform is registered —
/// which administers its credit; its facts carry that province too, so a provincial reader sees whole explanations of
/// its own subjects and nothing of another province's.
/// </summary>
public class CreditSubject : IProvinceOwned
{
    public long Id { get; set; }
    public CreditSubjectKind Kind { get; set; }

    /// <summary>Publishers only: the identity's keyed blind index (32 bytes), never the number.</summary>
    public byte[]? IdentityBlindIndex { get; set; }

    /// <summary>Platforms only: the registry id.</summary>
    public int? PlatformId { get; set; }

    /// <summary>
    /// The name of a publisher known only by an identity (a blacklist entry, say) and never filed: nobody has told the
    /// portal their real name, so it is published as this, not masked as if it were one.
    /// </summary>
    public const string UnfiledPublisherName = "（未备案）";

    /// <summary>
    /// How staff lists name the subject: a publisher's real name as filed (<see cref="UnfiledPublisherName"/> when not
    /// filed), a platform's name.
    /// </summary>
    public string Name { get; set; } = "";

    /// <summary>A publisher's masked identity number (<c>110105********1234</c>); a platform's unified social credit code.</summary>
    public string Code { get; set; } = "";

    public string ProvinceCode { get; set; } = "";
    public Agency Agency { get; set; }

    /// <summary>The model's base score plus the points of every fact counting on <see cref="GradedOn"/> (plus <see cref="PublisherPoints"/> for a platform).</summary>
    public int Score { get; set; }

    public CreditGrade Grade { get; set; }

    /// <summary>Platforms only: the points its publishers' grades contribute (≤ 0), so the explanation adds up.</summary>
    public int PublisherPoints { get; set; }

    /// <summary>The designation in force when graded, if any; it caps the grade.</summary>
    public DesignationLevel? Designation { get; set; }

    /// <summary>The rating model version the grade was computed with.</summary>
    public int ModelVersion { get; set; }

    /// <summary>The China calendar day the facts were counted on: a fact counts while <c>CountsUntil ≥ GradedOn</c>.</summary>
    public DateOnly GradedOn { get; set; }

    public DateTime GradedUtc { get; set; }

    /// <summary>
    /// The credit answer version (<see cref="CreditAnswerVersion"/>) of the transaction that last changed the subject's
    /// grade or a listing of it: instances keep their in-memory answers current by reading subjects above the last
    /// version they applied. 0 for subjects untouched since the version was introduced.
    /// </summary>
    public long ChangeVersion { get; set; }
}
