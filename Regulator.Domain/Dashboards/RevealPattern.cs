namespace Regulator.Domain.Dashboards;

/// <summary>
/// How many reveals one user made in the period and on their busiest day; <see cref="Unusual"/> when either passes the
/// auditor view's thresholds (many reveals by one user is what discipline inspection looks for first).
/// </summary>
public sealed record RevealPattern(string? UserId, string? UserName, int Reveals, int BusiestDayReveals, DateOnly BusiestDay, bool Unusual);
