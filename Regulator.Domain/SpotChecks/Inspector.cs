using Regulator.Domain.Common;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// An entry of the inspector directory (执法检查人员名录库): a provincial law-enforcement officer who may be drawn for
/// spot checks. Only those available and holding an enforcement certificate valid on the plan's first day are drawn,
/// and never for a platform they declared a conflict with. <see cref="UserId"/> links the portal account they sign in
/// with, through which they see and record their tasks.
/// </summary>
public class Inspector : IProvinceOwned
{
    public int Id { get; set; }
    public string ProvinceCode { get; set; } = "";
    public Agency Agency { get; set; }
    public string Name { get; set; } = "";
    public string? UserId { get; set; }

    /// <summary>执法证号: the administrative law-enforcement certificate number.</summary>
    public string CertificateNumber { get; set; } = "";

    /// <summary>The last day the certificate is valid.</summary>
    public DateOnly CertificateExpiresOn { get; set; }

    /// <summary>False while on leave, seconded or otherwise not to be drawn.</summary>
    public bool IsAvailable { get; set; } = true;

    public List<InspectorConflict> Conflicts { get; set; } = [];

    public bool MayBeDrawnOn(DateOnly day) => IsAvailable && CertificateExpiresOn >= day;
}
