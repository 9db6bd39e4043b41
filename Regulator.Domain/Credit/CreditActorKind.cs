namespace Regulator.Domain.Credit;

public enum CreditActorKind
{
    System = 0,
    ProvincialAdministrator = 1,
    NationalAdministrator = 2,

    /// <summary>Other staff (inspectors, analysts, auditors): they read credit within their scope and take no step.</summary>
    Staff = 3,
}
