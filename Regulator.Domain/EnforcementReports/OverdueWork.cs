namespace Regulator.Domain.EnforcementReports;

/// <summary>Work past its deadline as the last inspection saw it: which rule, on how many records and platforms.</summary>
public sealed record OverdueWork(string RuleCode, int Records, int Platforms);
