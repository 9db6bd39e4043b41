using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Regulator.Domain.Provinces;
using Regulator.Domain.Seeding;

namespace Regulator.Web;

/// <summary>
/// Prints where the portal listens and the demo sign-ins once it has started, so the run script and the
/// README never keep a copy of the demo users that could drift from <see cref="DemoUsers"/>.
/// </summary>
public static class DemoSignInBanner
{
    public static void PrintWhenStarted(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var lines = new List<string> { "", $"Regulator is running at {string.Join(", ", addresses)}", $"Demo sign-ins (password {DemoUsers.Password}):" };
            lines.AddRange(DemoUsers.All.Select(u =>
                $"  {u.UserName,-18} {u.Role,-20} {ProvinceCatalog.Find(u.ProvinceCode)?.NameEn ?? "national",-10} {u.Agency}"));
            Console.WriteLine(string.Join(Environment.NewLine, lines) + Environment.NewLine);
        });
}
