using MudBlazor;
using Regulator.Domain.Common;

namespace Regulator.Web.Shared;

/// <summary>
/// How an interactive page shows the result of a domain step, the same on every page: a done step says so in a
/// success snackbar (when the page has something to say), a step not taken shows its message in the reader's
/// language in an error snackbar, and a form puts each field's problem under its input.
/// </summary>
public static class StepResultDisplay
{
    /// <summary>
    /// Shows <paramref name="result"/>: <paramref name="doneMessage"/> (already in the reader's language; nothing when
    /// null) if it was taken, else its failure's message. True when the step was taken.
    /// </summary>
    public static bool Show<T>(this ISnackbar snackbar, StepResult<T> result, string? doneMessage = null)
    {
        if (result.Failure is { } failure)
        {
            snackbar.Add(ReaderLanguage.Of(failure.Message), Severity.Error);
            return false;
        }
        if (doneMessage is not null) snackbar.Add(doneMessage, Severity.Success);
        return true;
    }

    /// <summary>Each field's problem in the reader's language, keyed as the step's draft names its fields; empty when none.</summary>
    public static Dictionary<string, string> FieldErrorsForReader(this StepFailure? failure) =>
        failure?.FieldErrors.ToDictionary(e => e.Key, e => ReaderLanguage.Of(e.Value)) ?? [];
}
