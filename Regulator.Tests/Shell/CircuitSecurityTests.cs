using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Regulator.Domain.Identity;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Shell;

/// <summary>
/// Security inside a live circuit, in a real Chromium against the portal on a socket: navigation inside the circuit
/// makes no HTTP request, so these prove that the province filter and sign-in checks hold without one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CircuitSecurityTests(BrowserFixture browser, KestrelPortal portal)
{
    private const float StepTimeout = 60_000;

    [Fact]
    public async Task A_provincial_reader_who_puts_another_province_into_the_address_inside_the_circuit_sees_nothing_of_it()
    {
        Regulator.Domain.Platforms.Platform other;
        await using (var db = portal.CreateDbContext()) other = await db.Platforms.AsNoTracking().FirstAsync(p => p.ProvinceCode == "44");
        var (guangdong, guangdongUscc) = (other.Name, other.Uscc);
        var page = await NewPageAsync();
        await page.SignInAsync("bj.admin");
        await page.GotoInteractiveAsync("/platforms");
        await page.WaitForListAsync();

        // In-circuit navigation, as a filter change or a typed link inside the app would do: no HTTP request.
        await page.EvaluateAsync("url => Blazor.navigateTo(url)", "/platforms?province=44&q=" + Uri.EscapeDataString(guangdong));
        await page.WaitForURLAsync(url => url.Contains("province=44"));
        await Assertions.Expect(page.Locator("[data-testid=list-total]")).ToHaveTextAsync("共 0 条", new() { Timeout = StepTimeout });
        // The name the reader typed comes back only as their own search chip; nothing of the record itself shows.
        Assert.DoesNotContain(guangdong, await page.Locator(".server-list-table").InnerTextAsync());
        Assert.DoesNotContain(guangdongUscc, await page.ContentAsync());
    }

    [Fact]
    public async Task A_user_locked_while_a_page_is_open_loses_it_within_the_revalidation_interval()
    {
        var userName = await CreateUserAsync(RegulatorRoles.ProvincialAdmin, "11");
        var page = await NewPageAsync();
        await page.SignInAsync(userName);
        await page.GotoInteractiveAsync("/platforms");
        await page.WaitForListAsync();
        Assert.NotEqual("共 0 条", (await page.Locator("[data-testid=list-total]").InnerTextAsync()).Trim());

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            // As an administrator's "disable" does: locked for good, security stamp renewed.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RegulatorUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
        }

        // The open page is sent to sign in once the circuit's next check finds the account locked.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == PortalSignIn.LoginPath,
            new() { Timeout = (KestrelPortal.CircuitRevalidationSeconds + 20) * 1000 });
    }

    private async Task<string> CreateUserAsync(string role, string province) => await portal.CreateUserAsync(role, province);

    private async Task<IPage> NewPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = portal.Address.ToString(), Locale = PortalText.Chinese });
        context.SetDefaultTimeout(StepTimeout);
        return await context.NewPageAsync();
    }
}
