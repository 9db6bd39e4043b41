using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Web.Shared;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Blacklist;

/// <summary>
/// Identities filed on one platform while blacklisted through another (<c>/blacklist/cross-platform</c>, export
/// <c>/export/blacklist-cross-platform.xlsx</c>). No filters: the reader's province decides (the central filter).
/// Platform names are public registry facts, looked up past the filter for the entry's platforms elsewhere.
/// </summary>
public sealed class BlacklistMatchesList(TimeProvider clock) : ListDefinition<BlacklistMatchesList.Row>
{
    /// <summary>A match with its platforms' names.</summary>
    public sealed record Row(BlacklistFilingMatches.Row Match, string FilingPlatformName, string EntryPlatformNames);

    public override string Name => "blacklist-cross-platform";

    protected override Type Texts => typeof(BlacklistText);

    public override bool UsesKeyset => false;

    public override IListQuery<Row> Query(ListState state) => new Named(new BlacklistFilingMatches(ChinaTime.Today(clock)));

    public override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("Identity", (m, _) => m.Match.IdentityMasked),
        new("FiledOn", (m, _) => m.FilingPlatformName),
        new("Province", (m, _) => ProvinceNames.Of(m.Match.FilingProvinceCode)),
        new("PublisherId", (m, _) => Regulator.Domain.Filings.FilingSearch.ShownPublisherId(m.Match.PlatformPublisherId)),
        new("BlacklistedThrough", (m, _) => m.EntryPlatformNames),
        new("Severity", (m, t) => t["Severity" + m.Match.Severity].Value),
        new("EndsOn", (m, t) => m.Match.EndsOn?.ToString("yyyy-MM-dd") ?? t["NoEnd"].Value),
        new("Entry", (m, _) => m.Match.EntryId),
    ];

    // The page of matches, then one look-up of the platform names it mentions.
    private sealed record Named(BlacklistFilingMatches Matches) : IListQuery<Row>
    {
        public async Task<ListPage<Row>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default)
        {
            var matches = await Matches.PageAsync(db, page, ct);
            var names = await Regulator.Domain.Platforms.PlatformNames.LookupAsync(db, matches.Items.SelectMany(m => m.EntryPlatformIds.Append(m.FilingPlatformId)), ct);
            string Name(int id) => names.GetValueOrDefault(id, $"#{id}");
            return new ListPage<Row>(matches.Items.Select(m => new Row(m, Name(m.FilingPlatformId), string.Join("、", m.EntryPlatformIds.Select(Name)))).ToList(),
                matches.Total, matches.Previous, matches.Next);
        }
    }
}
