namespace Regulator.Domain.Provinces;

/// <summary>
/// Resident population at the end of 2023 in ten-thousands of persons (万人), from the provincial statistical
/// communiqués (国民经济和社会发展统计公报). Per-capita rates on the dashboards divide by it, so a populous
/// province is not ranked first for its size alone. Xinjiang excludes the Corps (66), whose figure is its own bulletin's.
/// </summary>
public static class ProvincePopulation
{
    private static readonly IReadOnlyDictionary<string, int> TenThousands = new Dictionary<string, int>
    {
        ["11"] = 2186, ["12"] = 1364, ["13"] = 7393, ["14"] = 3466, ["15"] = 2396, ["21"] = 4182, ["22"] = 2339, ["23"] = 3062,
        ["31"] = 2487, ["32"] = 8526, ["33"] = 6627, ["34"] = 6121, ["35"] = 4183, ["36"] = 4515, ["37"] = 10123, ["41"] = 9815,
        ["42"] = 5838, ["43"] = 6568, ["44"] = 12706, ["45"] = 5027, ["46"] = 1043, ["50"] = 3191, ["51"] = 8368, ["52"] = 3865,
        ["53"] = 4673, ["54"] = 365, ["61"] = 3952, ["62"] = 2465, ["63"] = 594, ["64"] = 729, ["65"] = 2236, ["66"] = 362,
    };

    /// <summary>Persons, or null for a code without a figure (the national triage queue).</summary>
    public static long? Of(string provinceCode) => TenThousands.TryGetValue(provinceCode, out var p) ? p * 10_000L : null;
}
