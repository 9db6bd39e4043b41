using Regulator.Domain.Common;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Dashboards;

/// <summary>
/// What the dashboards' two rollups share: how many records of one <see cref="Measure"/> fall on a day
/// (<see cref="DashboardTally"/>) or in a calendar month (<see cref="DashboardMonthTally"/>) for one province, agency,
/// platform, category and key. Province-owned, so the context's scoping filter keeps a provincial reader to their own
/// province's cells as it does for the records themselves. Not mapped itself: each rollup has its own table.
/// </summary>
public abstract class DashboardCell : IProvinceOwned
{
    public long Id { get; set; }

    /// <summary>Which figure, one of <see cref="DashboardMeasures"/> (or a code another feature's source adds).</summary>
    public string Measure { get; set; } = "";

    /// <summary>The China calendar day the records count on (for a month cell, the month's first day); each measure says which of its record's days that is.</summary>
    public DateOnly Day { get; set; }

    public string ProvinceCode { get; set; } = "";
    public Agency Agency { get; set; }

    /// <summary>The platform concerned, 0 when none (a report about an unregistered platform).</summary>
    public int PlatformId { get; set; }

    /// <summary>The report category, 0 when the measure has none.</summary>
    public int CategoryId { get; set; }

    /// <summary>The status, state or rule code the records share; "" when the measure has none.</summary>
    public string Key { get; set; } = "";

    /// <summary>A second grouping (age band, severity); "" when the measure has none.</summary>
    public string Detail { get; set; } = "";

    /// <summary>How many records.</summary>
    public int Count { get; set; }

    /// <summary>A total the records carry: reports in the cases, records concerned by the findings; otherwise 0.</summary>
    public long Sum { get; set; }
}
