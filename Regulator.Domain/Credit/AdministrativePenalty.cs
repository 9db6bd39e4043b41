using Regulator.Domain.Common;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Credit;

/// <summary>An administrative penalty the office records by hand from its decision document, the source record of an <see cref="CreditFactKind.AdministrativePenalty"/> fact.</summary>
public class AdministrativePenalty : IProvinceOwned
{
    public long Id { get; set; }
    public long SubjectId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public Agency Agency { get; set; }

    /// <summary>The decision's document number, e.g. 京网信罚〔2026〕12号; unique.</summary>
    public string DocumentNumber { get; set; } = "";

    public DateOnly DecidedOn { get; set; }
    public CreditSeverity Severity { get; set; }
    public string Summary { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTime RecordedUtc { get; set; }
}
