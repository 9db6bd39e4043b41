using Regulator.Domain.Reports;

namespace Regulator.Domain.Dashboards;

/// <summary>An open case on the inspector's desk, with its deadline (overdue once <see cref="DueUtc"/> has passed).</summary>
public sealed record InspectorCase(long Id, string AccountLabel, string? PlatformName, string CategoryName, CasePriority Priority, DateTime DueUtc, bool Overdue);
