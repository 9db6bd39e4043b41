using Regulator.Domain.Common;

namespace Regulator.Web.Shared;

/// <summary>
/// The field problems a domain step found (<see cref="StepFailure.FieldErrors"/>, in the reader's language) on a page
/// whose form has no <c>EditContext</c> (a <c>MudForm</c>): each is shown under its input only while the input still
/// holds the value the step refused. The reader who corrects a field sees its problem go at once, not at the next
/// save, and without the page wiring every input's change. The value is taken the first time the page asks after a
/// save, which is the render that shows the refusal.
/// </summary>
public sealed class FieldErrors
{
    private Dictionary<string, string> _texts = [];
    private readonly Dictionary<string, object?> _refused = [];

    /// <summary>How many fields have a problem shown (or still to show).</summary>
    public int Count => _texts.Count;

    /// <summary>Shows these problems instead of any before, keyed by field.</summary>
    public void Show(IReadOnlyDictionary<string, string> texts)
    {
        _texts = new Dictionary<string, string>(texts);
        _refused.Clear();
    }

    /// <summary>Shows the failure's field problems in the reader's language (none for a step that was taken).</summary>
    public void Show(StepFailure? failure) => Show(failure.FieldErrorsForReader());

    public void Clear() => Show(new Dictionary<string, string>());

    /// <summary>Takes one field's problem away (the page corrected it itself, e.g. a platform was chosen).</summary>
    public void Remove(string field)
    {
        _texts.Remove(field);
        _refused.Remove(field);
    }

    /// <summary>The problem of <paramref name="field"/> while it holds <paramref name="value"/> as refused; null once it changed.</summary>
    public string? Of(string field, object? value)
    {
        if (!_texts.TryGetValue(field, out var text)) return null;
        if (!_refused.TryGetValue(field, out var refused)) _refused[field] = value;
        else if (!Equals(refused, value))
        {
            Remove(field);
            return null;
        }
        return text;
    }

    public bool Has(string field, object? value) => Of(field, value) is not null;
}
