using System.Security.Claims;
using Regulator.Domain.Identity;
using Regulator.Web.Identity;

namespace Regulator.Tests.Identity;

/// <summary>The one actor type: how a principal becomes an <see cref="Actor"/>, and that a half-issued one may do nothing.</summary>
public class ActorTests
{
    [Theory]
    [InlineData(RegulatorRoles.NationalAdmin, null, ActorKind.NationalAdministrator)]
    [InlineData(RegulatorRoles.NationalAnalyst, null, ActorKind.NationalAnalyst)]
    [InlineData(RegulatorRoles.Auditor, null, ActorKind.Auditor)]
    [InlineData(RegulatorRoles.ProvincialAdmin, "11", ActorKind.ProvincialAdministrator)]
    [InlineData(RegulatorRoles.ProvincialInspector, "11", ActorKind.ProvincialInspector)]
    // Fail closed: a provincial role without its province, a national role bound to one, no role at all.
    [InlineData(RegulatorRoles.ProvincialAdmin, null, ActorKind.None)]
    [InlineData(RegulatorRoles.ProvincialInspector, null, ActorKind.None)]
    [InlineData(RegulatorRoles.NationalAdmin, "11", ActorKind.None)]
    [InlineData(RegulatorRoles.Auditor, "44", ActorKind.None)]
    [InlineData("Visitor", null, ActorKind.None)]
    public void A_staff_account_acts_as_its_role_only_with_the_province_the_role_needs(string role, string? province, ActorKind expected)
    {
        var actor = PortalActors.Of(Staff("u-1", "someone", role, province));

        Assert.Equal(expected, actor.Kind);
        Assert.Equal("u-1", actor.UserId);
        Assert.Equal("someone", actor.Name);
    }

    [Fact]
    public void An_actor_without_a_usable_role_may_administer_nothing_and_reads_no_province_nationally()
    {
        foreach (var actor in new[] { PortalActors.Of(Staff("u-1", "x", RegulatorRoles.ProvincialAdmin, null)), PortalActors.Of(new ClaimsPrincipal()) })
        {
            Assert.Equal(ActorKind.None, actor.Kind);
            Assert.False(actor.IsAdministrator);
            Assert.False(actor.IsNational);
            Assert.False(actor.IsStaff);
            Assert.False(actor.MayAdminister("11"));
            Assert.False(actor.IsProvincialAdministratorOf(null));
        }
    }

    [Fact]
    public void A_provincial_administrator_administers_its_own_province_and_the_national_one_every_province()
    {
        var beijing = PortalActors.Of(Staff("u-1", "bj.admin", RegulatorRoles.ProvincialAdmin, "11"));
        var national = PortalActors.Of(Staff("u-2", "national.admin", RegulatorRoles.NationalAdmin, null));

        Assert.True(beijing.MayAdminister("11"));
        Assert.False(beijing.MayAdminister("44"));
        Assert.False(beijing.IsNational);
        Assert.True(national.MayAdminister("44"));
        Assert.True(national.IsNational);
    }

    [Fact]
    public void A_platform_key_acts_as_its_platform_and_a_display_name_is_kept_for_notices()
    {
        var platform = PortalActors.Of(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "platform:快看直播"), new Claim(RegulatorClaims.PlatformId, "7"), new Claim(RegulatorClaims.Province, "44")], "test")));
        var inspector = PortalActors.Of(Staff("u-3", "bj.inspector", RegulatorRoles.ProvincialInspector, "11", "王检查员"));

        Assert.Equal((ActorKind.Platform, 7, "44"), (platform.Kind, platform.PlatformId, platform.ProvinceCode));
        Assert.False(platform.IsStaff);
        Assert.False(platform.IsAdministrator);
        Assert.Equal("王检查员", inspector.DisplayName);
        Assert.Equal("bj.inspector", inspector.Name);
    }

    private static ClaimsPrincipal Staff(string id, string name, string role, string? province, string? displayName = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Name, name), new(ClaimTypes.Role, role) };
        if (province is not null) claims.Add(new Claim(RegulatorClaims.Province, province));
        if (displayName is not null) claims.Add(new Claim(RegulatorClaims.DisplayName, displayName));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
