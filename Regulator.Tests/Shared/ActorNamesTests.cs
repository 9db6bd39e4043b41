using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
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

    [Fact, UseCulture("en")]
    public void The_portals_own_work_reads_as_the_system_in_English() => Assert.Equal("System", ActorNames.Of(Actor.System.Name));

    /// <summary>The words come from the shared resource files, like every other text of the portal.</summary>
    [Theory]
    [InlineData("zh-CN", "ActorPlatform", "平台 {0}")]
    [InlineData("en", "ActorPlatform", "Platform {0}")]
    [InlineData("zh-CN", "ActorSystem", "系统")]
    [InlineData("en", "ActorSystem", "System")]
    public void The_words_are_the_shared_resource_files(string culture, string key, string text)
    {
        var texts = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
            .Create(typeof(SharedText));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(text, texts[key].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact, UseCulture("zh-CN")]
    public void A_staff_name_that_merely_contains_the_word_stays_as_recorded() =>
        Assert.Equal("gd.admin platform:x", ActorNames.Of("gd.admin platform:x"));
}
