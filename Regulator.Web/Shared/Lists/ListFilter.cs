using Microsoft.AspNetCore.Components;

namespace Regulator.Web.Shared.Lists;

/// <summary>
/// What every filter of a <see cref="ServerList{TRow}"/> shares: the list it sits in, and telling that list which
/// field of the address it shows for as long as it is rendered, so the list shows the others as chips (a filter only
/// the address carries must not narrow the rows unseen).
/// </summary>
public abstract class ListFilter : ComponentBase, IDisposable
{
    [CascadingParameter] public IListView View { get; set; } = null!;

    /// <summary>The query-string field this filter shows and sets.</summary>
    protected abstract string Field { get; }

    private string? _shown;

    protected override void OnParametersSet()
    {
        if (_shown == Field) return;
        if (_shown is not null) View.StopsShowing(_shown);
        View.Shows(_shown = Field);
    }

    public virtual void Dispose()
    {
        if (_shown is not null) View.StopsShowing(_shown);
        GC.SuppressFinalize(this);
    }
}
