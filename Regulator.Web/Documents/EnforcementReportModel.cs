using Regulator.Domain.Documents;
using Regulator.Domain.EnforcementReports;

namespace Regulator.Web.Documents;

/// <summary>What an enforcement report prints: its kind and title, who issues it, and the figures.</summary>
public sealed record EnforcementReportModel(DocumentKind Kind, string Title, string IssuingOffice, DateOnly IssuedOn, EnforcementFigures Figures);
