using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Filings;

/// <summary>
/// The submissions list (<c>/filings/submissions</c>, export <c>/export/filing-submissions.xlsx</c>): every API call and
/// upload of the reader's province, newest first, keyset paging. No filters.
/// </summary>
public sealed class SubmissionsList : ListDefinition<FilingSubmissionSearch.Row>
{
    public override string Name => "filing-submissions";

    protected override Type Texts => typeof(FilingsText);

    public override bool UsesKeyset => true;

    public override IListQuery<FilingSubmissionSearch.Row> Query(ListState state) => new FilingSubmissionSearch();

    public override IReadOnlyList<ListColumn<FilingSubmissionSearch.Row>> Columns { get; } =
    [
        new("SubmissionNumber", (s, _) => s.Id),
        new("Received", (s, _) => ChinaTime.FromUtc(s.ReceivedUtc).DateTime),
        new("Platform", (s, _) => s.PlatformName),
        new("Channel", (s, t) => $"{t["Channel" + s.Channel].Value} {s.FileName}".Trim()),
        new("Items", (s, _) => s.ItemCount),
        new("Stored", (s, _) => s.StoredCount),
        new("Refused", (s, _) => s.InvalidCount),
        new("Pending", (s, _) => s.Pending),
    ];
}
