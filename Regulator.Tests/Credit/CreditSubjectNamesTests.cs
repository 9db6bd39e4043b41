using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Regulator.Domain.Credit;
using Regulator.Tests.Shared;
using Regulator.Web.Credit;

namespace Regulator.Tests.Credit;

/// <summary>
/// A publisher known only from the blacklist carries a placeholder for a name; pages show it in the reader's language,
/// and every real name as stored.
/// </summary>
public sealed class CreditSubjectNamesTests
{
    private static readonly IStringLocalizer<CreditText> Texts = new StringLocalizer<CreditText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    [Fact, UseCulture("zh-CN")]
    public void The_unfiled_placeholder_reads_in_Chinese() =>
        Assert.Equal("（未备案）", Texts.SubjectName(CreditSubject.UnfiledPublisherName));

    [Fact, UseCulture("en")]
    public void The_unfiled_placeholder_reads_in_English_and_a_name_stays_as_stored()
    {
        Assert.Equal("(not filed)", Texts.SubjectName(CreditSubject.UnfiledPublisherName));
        Assert.Equal("王*", Texts.SubjectName("王*"));
    }
}
