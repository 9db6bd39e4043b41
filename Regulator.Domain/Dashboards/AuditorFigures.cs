namespace Regulator.Domain.Dashboards;

/// <summary>The auditor's dashboard: the latest reveals and, per user, the period's reveals with unusual patterns first.</summary>
public sealed record AuditorFigures(IReadOnlyList<RevealRow> Recent, IReadOnlyList<RevealPattern> ByUser);
