using Microsoft.AspNetCore.Http.Features;

namespace Regulator.Web.Api;

/// <summary>
/// Endpoint metadata: the largest body, in bytes, the endpoint takes. For endpoints that bind their body
/// (the blacklist's), <see cref="UseApiBodyLimits"/> answers a larger declared body 413 before a byte is read and
/// caps a chunked one at the server; endpoints that read their own body (filings, report pushes) check it while reading.
/// </summary>
public sealed record ApiBodyLimit(long MaxBytes)
{
    /// <summary>Refuses a body over the endpoint's <see cref="ApiBodyLimit"/> with the one oversize answer, <see cref="ApiProblem.TooManyBytes"/>.</summary>
    public static IApplicationBuilder UseApiBodyLimits(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ApiBodyLimit>() is { } limit)
        {
            if (context.Request.ContentLength > limit.MaxBytes)
            {
                await ApiProblem.TooManyBytes(limit.MaxBytes).ExecuteAsync(context);
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } max) max.MaxRequestBodySize = limit.MaxBytes;
        }
        await next(context);
    });
}
