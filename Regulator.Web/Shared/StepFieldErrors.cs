using Microsoft.AspNetCore.Components.Forms;
using Regulator.Domain.Common;

namespace Regulator.Web.Shared;

/// <summary>
/// The field problems a domain step found, under each input of an <c>EditForm</c> (keyed by the draft's property
/// names, in the reader's language) until the reader changes that field. Clearing a field's messages alone left them
/// on screen until the next save: inputs read their messages again only when told that the validation state changed.
/// </summary>
public sealed class StepFieldErrors
{
    private readonly EditContext _context;
    private readonly ValidationMessageStore _messages;

    public StepFieldErrors(EditContext context)
    {
        _context = context;
        _messages = new ValidationMessageStore(context);
        context.OnFieldChanged += (_, e) =>
        {
            _messages.Clear(e.FieldIdentifier);
            context.NotifyValidationStateChanged();
        };
    }

    /// <summary>
    /// Shows the failure's field problems instead of any before (none for a step that was taken). Problems of a field
    /// the form does not have (<paramref name="onForm"/> says no) are returned, for a line of their own.
    /// </summary>
    public IReadOnlyList<string> Show(StepFailure? failure, Func<string, bool>? onForm = null)
    {
        _messages.Clear();
        var elsewhere = new List<string>();
        foreach (var (field, text) in failure.FieldErrorsForReader())
            if (onForm?.Invoke(field) == false) elsewhere.Add(text);
            else _messages.Add(_context.Field(field), text);
        _context.NotifyValidationStateChanged();
        return elsewhere;
    }
}
