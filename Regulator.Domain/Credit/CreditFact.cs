using Regulator.Domain.Common;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Credit;

/// <summary>
/// One recorded fact about a subject, linked to the record it comes from (<see cref="SourceType"/> and
/// <see cref="SourceId"/>: a report case, a platform's measure report, a blacklist entry, a finding, a spot check, a
/// penalty). Its weight (<see cref="Points"/>) and the last day it counts (<see cref="CountsUntil"/>) follow from the
/// rating model in force and are rewritten, set-based, when a new model is published. Facts are never deleted: a
/// source record that is annulled (a blacklist entry lifted on appeal) withdraws its fact, which then counts for nothing.
/// </summary>
public class CreditFact : IProvinceOwned
{
    public long Id { get; set; }
    public long SubjectId { get; set; }
    public CreditFactKind Kind { get; set; }
    public CreditSeverity Severity { get; set; }

    /// <summary>The source record's type, e.g. <c>ReportCase</c>, <c>BlacklistEntry</c>, <c>Finding</c>, <c>PlatformMeasureReport</c>, <c>SpotCheck</c>, <c>AdministrativePenalty</c>.</summary>
    public string SourceType { get; set; } = "";

    /// <summary>The source record's id in its own table; with the type and the subject, unique (recording is idempotent).</summary>
    public string SourceId { get; set; } = "";

    /// <summary>The day the fact happened (case closed, measure taken, entry published, inspection day, decision date).</summary>
    public DateOnly OccurredOn { get; set; }

    /// <summary>The subject's home province (scoping: see <see cref="CreditSubject"/>).</summary>
    public string ProvinceCode { get; set; } = "";

    /// <summary>The province whose office or platform produced the fact.</summary>
    public string SourceProvinceCode { get; set; } = "";

    public Agency Agency { get; set; }

    /// <summary>The platform where it happened, when there is one; the platform API never shows another platform's facts.</summary>
    public int? PlatformId { get; set; }

    /// <summary>What happened, in a line (no identity number).</summary>
    public string Summary { get; set; } = "";

    /// <summary>Penalties: the decision document number (e.g. 京网信罚〔2026〕12号); otherwise null.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>The weight under model <see cref="ModelVersion"/>: negative for breaches, positive for good conduct; 0 when withdrawn.</summary>
    public int Points { get; set; }

    /// <summary>The last day the fact counts toward the score.</summary>
    public DateOnly CountsUntil { get; set; }

    public int ModelVersion { get; set; }
    public DateTime RecordedUtc { get; set; }
    public DateTime? WithdrawnUtc { get; set; }
    public string? WithdrawnReason { get; set; }

    public bool CountsOn(DateOnly day) => WithdrawnUtc is null && CountsUntil >= day;
}
