using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// A form as rendered, submitted with the hidden fields it carries (the antiforgery token, Blazor's
/// <c>_handler</c>), so a test posts exactly what a browser would and nothing the page did not offer.
/// </summary>
public sealed class HtmlForm(IHtmlFormElement form)
{
    /// <summary>The static-SSR form whose <c>FormName</c> is <paramref name="handler"/>.</summary>
    public static HtmlForm Named(IDocument page, string handler) =>
        new(page.QuerySelectorAll<IHtmlFormElement>("form").SingleOrDefault(f => f.QuerySelector($"input[name=_handler][value='{handler}']") is not null)
            ?? throw new InvalidOperationException($"{page.Url} has no form named '{handler}'."));

    /// <summary>The form's fields with their rendered values, overridden by <paramref name="values"/>.</summary>
    public IReadOnlyDictionary<string, string> Fields(IReadOnlyDictionary<string, string>? values = null)
    {
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type != "submit" && (i.Type is not ("checkbox" or "radio") || i.IsChecked))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            if (!fields.ContainsKey(name)) throw new InvalidOperationException($"The form has no field '{name}'.");
            fields[name] = value;
        }
        return fields;
    }

    public Task<HttpResponseMessage> SubmitAsync(HttpClient client, IReadOnlyDictionary<string, string>? values = null)
    {
        // Resolved against the page's address: on Linux a bare "/path" would otherwise parse as a file path.
        var target = new Uri(new Uri(form.Owner!.Url), form.Action);
        return client.PostAsync(target.PathAndQuery, new FormUrlEncodedContent(Fields(values)));
    }
}
