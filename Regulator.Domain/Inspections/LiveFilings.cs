using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Filings;

namespace Regulator.Domain.Inspections;

/// <summary>The filings of the inspected platform that stand for an account on air: not rejected, withdrawn or expired.</summary>
public static class LiveFilings
{
    public static IQueryable<Filing> Of(PlatformUnderInspection subject) =>
        subject.Db.Filings.AsNoTracking().Where(f => f.PlatformId == subject.Platform.Id
            && (f.Status == FilingStatus.Submitted || f.Status == FilingStatus.Accepted || f.Status == FilingStatus.ReturnedForCorrection));

    /// <summary>How evidence names a filing: the platform's publisher id and first display name, never the real identity.</summary>
    public static string Describe(Filing filing) =>
        $"主播 {filing.PlatformPublisherId}" + (filing.DisplayNames.Count > 0 ? $"（{filing.DisplayNames[0]}）" : "") + $"，{filing.FiledOn:yyyy-MM-dd} 备案";

    public static string Href(Filing filing) => $"/filings/{filing.Id}";
}
