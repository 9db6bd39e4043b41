using Microsoft.Extensions.Localization;

namespace Regulator.Web.Shared.Lists;

/// <summary>
/// A column of an exported list: its title (a key of the list's resource file) and its value for a row, in the
/// reader's language (<paramref name="Value"/> receives the list's localizer for enum names and the like).
/// Values must already be masked where the row holds identities: the export writes what it is given.
/// </summary>
public sealed record ListColumn<TRow>(string TitleKey, Func<TRow, IStringLocalizer, object?> Value);
