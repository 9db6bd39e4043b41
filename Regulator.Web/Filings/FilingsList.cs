using Regulator.Domain.Filings;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Persistence;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Filings;

/// <summary>
/// The reviewer list (<c>/filings</c>, export <c>/export/filings.xlsx</c>). Query string: <c>platform</c> (id),
/// <c>status</c>, <c>type</c>, <c>kind</c>, <c>band</c>, <c>document</c> (enum names), <c>from</c> and <c>to</c> (China
/// calendar days, yyyy-MM-dd), <c>linked</c> (<c>true</c> or <c>false</c>), <c>submission</c> (id), <c>identity</c>
/// (the blind index of a full number, never the number), <c>province</c> and <c>agency</c> (a national reader's
/// narrowing), <c>sort</c> (<c>created</c> for oldest first, <c>-created</c> or none for newest first). Keyset paging,
/// since the list holds millions of filings.
/// </summary>
public sealed class FilingsList : ListDefinition<FilingListRow>
{
    public override string Name => "filings";

    protected override Type Texts => typeof(FilingsText);

    public override bool UsesKeyset => true;

    public override IListQuery<FilingListRow> Query(ListState state) => new FilingSearch(new FilingListFilter
    {
        PlatformId = state.Int("platform"),
        Status = state.Enum<FilingStatus>("status"),
        PublisherType = state.Enum<PublisherType>("type"),
        ContentKind = state.Enum<ContentKinds>("kind") is { } kind && kind != ContentKinds.None ? kind : null,
        AgeBand = state.Enum<AgeBand>("band"),
        DocumentType = state.Enum<IdentityDocumentType>("document"),
        FiledFrom = state.Date("from"),
        FiledTo = state.Date("to"),
        LinkedToOtherPlatforms = bool.TryParse(state["linked"], out var linked) ? linked : null,
        SubmissionId = long.TryParse(state["submission"], out var submission) ? submission : null,
        IdentityIndex = state["identity"],
        ProvinceCode = state["province"],
        Agency = state.Enum<Regulator.Domain.Common.Agency>("agency"),
    }, OldestFirst: state.SortKey == "created" && !state.SortDescending);

    public override IReadOnlyList<ListColumn<FilingListRow>> Columns { get; } =
    [
        new("RealName", (f, _) => f.RealName),
        new("IdentityNumber", (f, _) => f.IdentityMasked),
        new("Platform", (f, _) => f.PlatformName),
        new("PublisherId", (f, _) => FilingSearch.ShownPublisherId(f.PlatformPublisherId)),
        new("PublisherType", (f, t) => t["Type" + f.PublisherType].Value),
        new("ContentKind", (f, t) => FilingsTextExtensions.ContentKindsText(t, f.ContentKinds)),
        new("AgeBand", (f, t) => f.AgeBand is { } b ? t["Band" + b].Value : ""),
        new("Status", (f, t) => t["Status" + f.Status].Value),
        new("Linked", (f, t) => f.LinkedToOtherPlatforms ? t["LinkedYes"].Value : t["LinkedNo"].Value),
        new("Filed", (f, _) => Regulator.Domain.Common.ChinaTime.FromUtc(f.CreatedUtc).DateTime),
    ];
}
