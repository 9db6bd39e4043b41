namespace Regulator.Domain.Scoping;

/// <summary>
/// A record that belongs to one province. The persistence layer filters every query of such a record
/// to the signed-in user's province (national roles excepted), so no page or endpoint can forget to.
/// </summary>
public interface IProvinceOwned
{
    string ProvinceCode { get; }
}
