namespace Regulator.Domain.Identity;

public static class RegulatorRoles
{
    public const string NationalAdmin = nameof(NationalAdmin);
    public const string NationalAnalyst = nameof(NationalAnalyst);
    public const string ProvincialAdmin = nameof(ProvincialAdmin);
    public const string ProvincialInspector = nameof(ProvincialInspector);
    public const string Auditor = nameof(Auditor);

    public static readonly IReadOnlyList<string> All = [NationalAdmin, NationalAnalyst, ProvincialAdmin, ProvincialInspector, Auditor];

    /// <summary>Roles whose holders act for the whole country and so are not tied to a province.</summary>
    public static bool IsNational(string role) => role is NationalAdmin or NationalAnalyst or Auditor;

    public static bool IsAdministrator(string role) => role is NationalAdmin or ProvincialAdmin;
}
