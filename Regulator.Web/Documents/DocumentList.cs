using Regulator.Domain.Common;
using Regulator.Domain.Documents;
using Regulator.Domain.Persistence;
using Regulator.Web.Jobs;
using Regulator.Web.Shared;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Documents;

/// <summary>
/// The generated documents on <c>/jobs/documents</c> (export <c>/export/documents.xlsx</c>). Query string: <c>kind</c>
/// (<see cref="DocumentKind"/>), <c>province</c> (a province code, or <c>00</c> for national reports; national staff
/// only, a province sees its own anyway). Newest first, keyset paging.
/// </summary>
public sealed class DocumentList : ListDefinition<DocumentSearch.Row>
{
    public override string Name => "documents";

    protected override Type Texts => typeof(JobsText);

    public override bool UsesKeyset => true;

    public override IListQuery<DocumentSearch.Row> Query(ListState state) => new DocumentSearch(state.Enum<DocumentKind>("kind"), state["province"]);

    public override IReadOnlyList<ListColumn<DocumentSearch.Row>> Columns { get; } =
    [
        new("DocumentTitle", (d, _) => d.Title),
        new("DocumentKind", (d, t) => t["Kind" + d.Kind].Value),
        new("Scope", (d, t) => ScopeName(d.ProvinceCode, t)),
        new("Period", (d, _) => $"{d.PeriodStart:yyyy-MM-dd} — {d.PeriodEnd:yyyy-MM-dd}"),
        new("Generated", (d, _) => ChinaTime.FromUtc(d.GeneratedUtc).DateTime),
        new("Version", (d, _) => d.Version),
        new("Size", (d, _) => $"{d.SizeBytes / 1024.0:0} KB"),
    ];

    /// <summary>A document's scope in the reader's language: national, or its province.</summary>
    public static string ScopeName(string provinceCode, Microsoft.Extensions.Localization.IStringLocalizer texts) =>
        provinceCode == GeneratedDocument.NationalScope ? texts["National"].Value : ProvinceNames.Of(provinceCode);
}
