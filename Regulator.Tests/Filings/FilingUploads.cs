using Regulator.Domain.Common;
using Regulator.Domain.Filings.Csv;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Filings;
using Regulator.Web.Identity;

namespace Regulator.Tests.Filings;

/// <summary>
/// Files an upload as the <c>/filings/upload</c> page does once the file has crossed the circuit: the one domain step,
/// as the signed-in administrator. The page itself (platform picker, file chooser, result table) is walked in
/// Chromium by <see cref="FilingsBrowserTests"/>.
/// </summary>
public static class FilingUploads
{
    public static Task<StepResult<FilingCsvResult>> UploadAsync(PortalFactory portal, string userName, int platformId, byte[] file, string fileName = "filings.csv") =>
        portal.AsAsync<FilingCsvImport, StepResult<FilingCsvResult>>(userName, (import, user) => import.ImportAsync(platformId, file, fileName, PortalActors.Of(user)));

    /// <summary>The result table: per row its Excel row number, publisher id and problems, as the page lists them (none for a file refused whole).</summary>
    public static List<(int Row, string PublisherId, string Problems)> Rows(StepResult<FilingCsvResult> result) => !result.Succeeded ? [] :
        result.Value.Rows.Select(r => (r.Line, r.PlatformPublisherId, string.Join("；", r.Problems.Select(p => p.Message)))).ToList();
}
