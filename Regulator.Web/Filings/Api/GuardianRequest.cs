using Regulator.Domain.Filings;

namespace Regulator.Web.Filings.Api;

/// <summary>Guardian consent for a publisher aged 16–17.</summary>
public sealed class GuardianRequest
{
    public string? Name { get; set; }

    /// <summary><c>father</c>, <c>mother</c> or <c>otherLegalGuardian</c>.</summary>
    public GuardianRelation? Relation { get; set; }

    public string? IdentityNumber { get; set; }

    /// <summary>ISO date, <c>2026-11-20</c>.</summary>
    public DateOnly? ConsentDate { get; set; }

    /// <summary>True once a guardian number ending in 000 was checked against the document.</summary>
    public bool? IdentityNumberConfirmed { get; set; }
}
