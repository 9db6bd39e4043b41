using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Identity;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;
using Regulator.Domain.Seeding;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// The whole portal, through its real Program and pipeline, on a database of its own that is migrated and
/// seeded with a small demo data set at start-up, as <c>Seeding:Demo</c> does in production. Used as an
/// xUnit class fixture: one portal per test class, so classes run in parallel without sharing rows.
/// </summary>
public class PortalFactory(DatabaseProvider provider) : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = TestDatabase.Create(provider);

    /// <summary>
    /// A context on the portal's database, for arranging and checking rows outside a request. Starts the
    /// portal first, since its start-up is what migrates and seeds the database.
    /// </summary>
    public RegulatorDbContext CreateDbContext()
    {
        _ = Services;
        return _database.CreateContext();
    }

    /// <summary>A context on the portal's database as <paramref name="actor"/>, scoped by the context's query filters as a request of theirs would be.</summary>
    public RegulatorDbContext CreateDbContext(ICurrentActor actor)
    {
        _ = Services;
        return _database.CreateContext(actor);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Host settings reach a minimal-hosting Program as command-line arguments, so they override
        // appsettings.json and are visible while services are registered.
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", _database.ConnectionString);
        builder.UseSetting("Seeding:Demo", "true");
        builder.UseSetting("Seeding:Platforms", "12");
        builder.UseSetting("Seeding:Publishers", "50");
    }

    /// <summary>
    /// A client that does not follow redirects, so tests can assert where the portal sends them, and that
    /// keeps cookies, so it stays signed in.
    /// </summary>
    public HttpClient CreatePortalClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// A new staff user of its own for a test that changes account state (lockout, two-factor), so the demo
    /// users other tests sign in as are never locked or asked for a code.
    /// </summary>
    public async Task<string> CreateUserAsync(string role, string? provinceCode = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegulatorUser>>();
        var user = new RegulatorUser
        {
            UserName = $"test.{Guid.NewGuid():N}"[..20],
            DisplayName = "测试用户",
            ProvinceCode = provinceCode,
            CreatedUtc = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(user, DemoUsers.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user.UserName;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}
