namespace Regulator.Domain.Reports;

/// <summary>
/// The national triage queue, represented as a province code that no province has. Cases about platforms missing
/// from the registry are owned by it: the province filter lets national staff see them and, since no provincial user
/// can hold this code (it is not in the GB/T 2260 catalogue that user administration validates against), never a
/// provincial one. A real code rather than null keeps the filter's equality free of SQL null semantics.
/// </summary>
public static class NationalTriage
{
    public const string ProvinceCode = "00";
}
