using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Regulator.Web.Api;

/// <summary>Tells platform developers reading <c>/openapi/v1.json</c> how to authenticate: a bearer API key.</summary>
public sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Regulator platform API";
        document.Info.Description = "平台接口：主播备案报送、黑名单核验。Authenticate with `Authorization: Bearer <key>` using a key issued in the portal.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[PlatformApiKeyAuthentication.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Platform API key (rgk_…), issued per platform by an administrator.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(PlatformApiKeyAuthentication.SchemeName, document)] = [] });
        return Task.CompletedTask;
    }
}
