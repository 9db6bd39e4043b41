using Regulator.Domain.SpotChecks;

namespace Regulator.Web.SpotChecks.Documents;

/// <summary>What the results announcement (抽查结果公示) prints: the public record of one plan, nothing more.</summary>
public sealed record AnnouncementModel(string IssuingOffice, PublicSpotChecks.PlanDetail Detail, string VerificationPath);
