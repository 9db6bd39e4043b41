namespace Regulator.Domain.Dashboards;

/// <summary>
/// Who asks for a dashboard, as the page reads them from the signed-in user: national staff see every province,
/// provincial staff only their own (<see cref="ProvinceCode"/>), auditors the reveals of personal data.
/// </summary>
public sealed record DashboardViewer(string UserId, string? ProvinceCode, bool IsNational, bool IsAuditor = false);
