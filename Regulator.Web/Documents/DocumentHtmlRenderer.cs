using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Regulator.Web.Documents;

/// <summary>Renders a print component to an HTML string outside any HTTP request (jobs, the benchmark).</summary>
public sealed class DocumentHtmlRenderer(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    /// <summary>Documents are official records in Chinese, whatever language the person who asked for one reads.</summary>
    public static readonly CultureInfo Culture = new("zh-CN");

    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        // A scope of its own: the renderer resolves scoped services (component activity tracing) that the root refuses.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Culture;
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
