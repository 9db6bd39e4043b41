using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Persistence;
using Regulator.Web.Identity;
using Regulator.Web.Shared;

namespace Regulator.Web.Blacklist;

/// <summary>
/// The actions posted from the blacklist list while it is a static page (bulk publication, acknowledging an alert);
/// the entry page's own actions run in its circuit. Forms carry the antiforgery token; the outcome comes back as a
/// flash message after a redirect.
/// </summary>
public static class BlacklistActions
{
    public static IEndpointRouteBuilder MapBlacklistActions(this IEndpointRouteBuilder app)
    {
        var actions = app.MapGroup("/blacklist").RequireAuthorization(RegulatorPolicies.Administration).ExcludeFromDescription();

        // The national office approves confirmed entries in bulk from the list.
        actions.MapPost("/publish", async (IFormCollection form, BlacklistCirculation circulation, HttpContext context, IStringLocalizer<BlacklistText> t) =>
        {
            var ids = form["ids"].Select(v => long.TryParse(v, out var id) ? id : 0).Where(id => id > 0).ToList();
            if (ids.Count == 0) Flash.Set(context, FlashKind.Warning, t["NothingSelected"]);
            else await RunAsync(context, t, async actor => Flash.Set(context, FlashKind.Success, t["PublishedMessage", (await circulation.PublishAsync(ids, actor, form["reason"].ToString())).Count]));
            return Results.LocalRedirect("/blacklist?state=Confirmed");
        });
        actions.MapPost("/alerts/{id:long}/acknowledge", async (long id, RegulatorDbContext db, TimeProvider clock, HttpContext context) =>
        {
            // Another province's alert is hidden by the scoping filter: not found.
            if (await db.BlacklistFilingAlerts.FirstOrDefaultAsync(a => a.Id == id) is not { } alert) return Results.NotFound();
            alert.AcknowledgedUtc ??= clock.GetUtcNow().UtcDateTime;
            alert.AcknowledgedBy ??= context.User.Identity?.Name;
            await db.SaveChangesAsync();
            return Results.LocalRedirect("/blacklist");
        });
        return app;
    }

    // The rules' refusal is shown to the user in their words; a lost race with another administrator is said plainly.
    private static async Task RunAsync(HttpContext context, IStringLocalizer<BlacklistText> t, Func<BlacklistActor, Task> action)
    {
        if (BlacklistActors.Of(context.User) is not { } actor) return;
        try
        {
            await action(actor);
        }
        catch (BlacklistTransitionException e)
        {
            Flash.Set(context, FlashKind.Danger, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            Flash.Set(context, FlashKind.Danger, t["Conflict"]);
        }
    }
}
