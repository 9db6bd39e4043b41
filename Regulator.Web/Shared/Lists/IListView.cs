namespace Regulator.Web.Shared.Lists;

/// <summary>
/// What a filter or a sortable header inside a <see cref="ServerList{TRow}"/> sees of it (cascaded): the view's
/// state and the way to change it. Every change is a navigation to the new address, so it lands in the history
/// and in bookmarks, and going back returns to the previous view.
/// </summary>
public interface IListView
{
    ListState State { get; }

    /// <summary>Shows the first page with the given fields changed (null removes one).</summary>
    void Apply(params (string Name, string? Value)[] changes);

    /// <summary>The address of this page with the given fields changed and the cursor reset, for a link.</summary>
    string LinkWith(params (string Name, string? Value)[] changes);
}
