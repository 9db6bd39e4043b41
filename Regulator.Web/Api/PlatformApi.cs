using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Web.Blacklist;
using Regulator.Web.Credit;
using Regulator.Web.Filings.Api;
using Regulator.Web.Identity;

namespace Regulator.Web.Api;

/// <summary>The <c>/api/v1</c> group platforms call with their API keys; features add their endpoints to it.</summary>
public static class PlatformApi
{
    public static RouteGroupBuilder MapPlatformApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(RegulatorPolicies.Platform).DisableAntiforgery().WithTags("Platform API");

        api.MapGet("/platform", async (RegulatorDbContext db, HttpContext ctx) =>
        {
            var id = ctx.User.PlatformId();
            var platform = await db.Platforms.AsNoTracking().Include(p => p.Licences).FirstAsync(p => p.Id == id);
            return new PlatformSummary(platform.Name, platform.Uscc, platform.ProvinceCode, platform.Agency.ToString(),
                platform.Licences.Select(l => new LicenceSummary(l.Kind.ToString(), l.Number, l.ValidUntil)).ToList());
        }).WithSummary("The calling platform's own registration, as the portal holds it.");

        api.MapFilingsApi();
        api.MapBlacklistApi();
        api.MapCreditApi();

        return api;
    }

    public sealed record PlatformSummary(string Name, string Uscc, string ProvinceCode, string Agency, IReadOnlyList<LicenceSummary> Licences);

    public sealed record LicenceSummary(string Kind, string Number, DateOnly? ValidUntil);
}
