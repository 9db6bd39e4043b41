using System.Net;

namespace Regulator.Tests.Infrastructure;

public static class Redirects
{
    /// <summary>
    /// Where a redirect points, as a local path and query, or the absolute address when it leaves the portal;
    /// the portal may write either form in Location, and what matters is where the browser ends up.
    /// </summary>
    public static string? RedirectTarget(this HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.MovedPermanently))
            return null;
        var request = response.RequestMessage!.RequestUri!;
        var target = new Uri(request, response.Headers.Location!);
        return target.Authority == request.Authority ? target.PathAndQuery : target.AbsoluteUri;
    }
}
