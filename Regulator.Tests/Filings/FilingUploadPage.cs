using AngleSharp.Dom;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Filings;

/// <summary>Posts a file to <c>/filings/upload</c> through the real form (antiforgery token and all) and returns the result page.</summary>
public static class FilingUploadPage
{
    public static async Task<IDocument> UploadAsync(HttpClient staff, int platformId, byte[] file, string fileName = "filings.csv")
    {
        var page = await HtmlPage.GetAsync(staff, "/filings/upload");
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in HtmlForm.Named(page, "upload").Fields()) form.Add(new StringContent(value), name);
        form.Add(new StringContent(platformId.ToString()), "PlatformId");
        form.Add(new ByteArrayContent(file), "File", fileName);
        return await HtmlPage.ParseAsync(await staff.PostAsync("/filings/upload", form));
    }

    /// <summary>The result table: per row its Excel row number, publisher id, outcome text and problems.</summary>
    public static List<(int Row, string PublisherId, string Problems)> Rows(IDocument result) =>
        result.QuerySelectorAll("[data-testid=upload-rows] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
            .Select(cells => (int.Parse(cells[0]), cells[1], cells[4])).ToList();
}
