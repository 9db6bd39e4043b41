namespace Regulator.Domain.Credit;

public enum CreditActorKind
{
    System = 0,
    ProvincialAdministrator = 1,
    NationalAdministrator = 2,
}
