using Microsoft.Extensions.Localization;
using Regulator.Domain.Credit;

namespace Regulator.Web.Credit;

/// <summary>How pages name a credit subject in the reader's language.</summary>
public static class CreditSubjectNames
{
    /// <summary>
    /// The subject's stored name, except the placeholder a publisher known only from the blacklist carries
    /// (<see cref="CreditSubject.UnfiledPublisherName"/>), which is words of the interface, not a name.
    /// </summary>
    public static string SubjectName(this IStringLocalizer<CreditText> texts, string name) =>
        name == CreditSubject.UnfiledPublisherName ? texts["UnfiledPublisher"] : name;
}
