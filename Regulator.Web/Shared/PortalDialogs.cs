using MudBlazor;

namespace Regulator.Web.Shared;

/// <summary>The confirmations every destructive or legal action asks through <see cref="ConfirmDialog"/>.</summary>
public static class PortalDialogs
{
    /// <summary>True when the reader confirmed.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string? confirmText = null, bool danger = false) =>
        await ShowAsync(dialogs, title, message, confirmText, danger, reasonLabel: null) is not null;

    /// <summary>The stated reason the reader gave, trimmed, or null when they cancelled.</summary>
    public static Task<string?> AskReasonAsync(this IDialogService dialogs, string title, string message, string reasonLabel, string? confirmText = null, bool danger = false) =>
        ShowAsync(dialogs, title, message, confirmText, danger, reasonLabel);

    private static async Task<string?> ShowAsync(IDialogService dialogs, string title, string message, string? confirmText, bool danger, string? reasonLabel)
    {
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Title, title },
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
            { d => d.Danger, danger },
            { d => d.ReasonLabel, reasonLabel },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string text } ? text : null;
    }
}
