namespace Regulator.Web.Shared.Lists;

/// <summary>
/// What a filter or a sortable header inside a <see cref="ServerList{TRow}"/> sees of it (cascaded): the view's
/// state and the way to change it. Every change is a navigation to the new address, so it lands in the history
/// and in bookmarks, and going back returns to the previous view.
/// </summary>
public interface IListView
{
    ListState State { get; }

    /// <summary>
    /// Whether the list's filter panel is open. Closed (the default), each filter shows only a chip saying what it
    /// narrows the rows to, or nothing when it is not set: a MudBlazor input is about a dozen components, and every
    /// component an open circuit keeps costs it memory for as long as the page is open (circuits benchmark).
    /// </summary>
    bool FiltersOpen { get; }

    /// <summary>Shows the first page with the given fields changed (null removes one).</summary>
    void Apply(params (string Name, string? Value)[] changes);

    /// <summary>The address of this page with the given fields changed and the cursor reset, for a link.</summary>
    string LinkWith(params (string Name, string? Value)[] changes);

    /// <summary>
    /// Says a filter component on the page shows the field <paramref name="name"/> (while it is rendered): the list
    /// shows every other filter of the address as a chip of its own, so a filter nobody offers on screen (one only a
    /// link or a bookmark carries, or one the reader's role is not offered) never narrows the rows unseen.
    /// </summary>
    void Shows(string name);

    /// <summary>The component showing <paramref name="name"/> is gone.</summary>
    void StopsShowing(string name);
}
