using Regulator.Domain.Identity;
using Regulator.Web.Shared;

namespace Regulator.Tests.Shared;

/// <summary>A platform's recorded name reads as the platform in both languages; staff names stay as recorded.</summary>
public sealed class ActorNamesTests
{
    [Fact, UseCulture("zh-CN")]
    public void A_platform_reads_as_the_platform_in_Chinese() =>
        Assert.Equal("平台 快看直播", ActorNames.Of(Actor.Platform(Actor.PlatformNamePrefix + "快看直播").Name));

    [Fact, UseCulture("en")]
    public void A_platform_reads_as_the_platform_in_English() =>
        Assert.Equal("Platform 快看直播", ActorNames.Of(Actor.PlatformNamePrefix + "快看直播"));

    [Fact, UseCulture("zh-CN")]
    public void The_portals_own_work_reads_as_the_system() => Assert.Equal("系统", ActorNames.Of(Actor.System.Name));

    [Fact, UseCulture("zh-CN")]
    public void A_staff_name_that_merely_contains_the_word_stays_as_recorded() =>
        Assert.Equal("gd.admin platform:x", ActorNames.Of("gd.admin platform:x"));
}
