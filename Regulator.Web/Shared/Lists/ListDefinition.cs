using System.Runtime.CompilerServices;
using Microsoft.Extensions.Localization;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Web.Shared.Lists;

/// <summary>
/// One list of the portal, defined once for the page that shows it (<see cref="ServerList{TRow}"/>) and the
/// export endpoint that writes it whole (<c>/export/{Name}.xlsx</c> or <c>.csv</c>): how the query string
/// becomes the feature query, and which columns an export has. Register it with
/// <see cref="ListRegistration.AddList{TList}"/>.
/// </summary>
public abstract class ListDefinition<TRow> : IExportableList
{
    public abstract string Name { get; }

    public virtual string? Policy => null;

    /// <summary>The resource anchor (e.g. <c>PlatformsText</c>) whose file holds the column titles.</summary>
    protected abstract Type Texts { get; }

    /// <summary>
    /// True when the list pages by keyset (lists that can hold millions of rows): the page says so, and sorting is
    /// limited to the orders the keyset index serves.
    /// </summary>
    public abstract bool UsesKeyset { get; }

    /// <summary>The feature query for the filters and sort in <paramref name="state"/>.</summary>
    public abstract IListQuery<TRow> Query(ListState state);

    /// <summary>The columns of an export.</summary>
    public abstract IReadOnlyList<ListColumn<TRow>> Columns { get; }

    public IReadOnlyList<string> Titles(IStringLocalizerFactory localizers)
    {
        var texts = localizers.Create(Texts);
        return Columns.Select(c => texts[c.TitleKey].Value).ToList();
    }

    public async IAsyncEnumerable<object?[]> RowsAsync(ListState state, RegulatorDbContext db, IStringLocalizerFactory localizers, int limit,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var texts = localizers.Create(Texts);
        var query = Query(state);
        var written = 0;
        string? after = null;
        do
        {
            var page = await query.PageAsync(db, ListRequest.ExportBatch(after), ct);
            foreach (var row in page.Items)
            {
                if (written++ >= limit) yield break;
                yield return Columns.Select(c => c.Value(row, texts)).ToArray();
            }
            // Each batch's rows are done with: the context must not keep a million of them tracked.
            db.ChangeTracker.Clear();
            after = page.Next;
        } while (after is not null);
    }
}
