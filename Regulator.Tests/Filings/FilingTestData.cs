using Bogus;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;
using Regulator.Domain.Seeding;

namespace Regulator.Tests.Filings;

/// <summary>Shared fixtures for the filing tests: keys, platforms, identity numbers of a chosen age, drafts.</summary>
public static class FilingTestData
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static readonly IdentityProtectionOptions Keys = new()
    {
        EncryptionKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        BlindIndexKey = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray()),
    };

    public static IdentityProtector Protector() => new(Keys);

    private static readonly Randomizer Random = new(42);

    public static string ResidentId(DateOnly birth, string province = "11") => DemoIdentities.ResidentId(Random, province, birth);

    /// <summary>An identity number of someone exactly <paramref name="years"/> old on <paramref name="on"/>, give or take <paramref name="extraDays"/>.</summary>
    public static string ResidentIdAged(int years, DateOnly? on = null, int extraDays = 10) => ResidentId((on ?? Today).AddYears(-years).AddDays(-extraDays));

    /// <summary>
    /// <paramref name="identityNumber"/> with a wrong check digit. Never '0': a number whose last three digits would become
    /// 000 is answered as an Excel-truncated number instead of a wrong check digit.
    /// </summary>
    public static string WithWrongCheckDigit(string identityNumber) => identityNumber[..17] + (identityNumber[17] == '1' ? '2' : '1');

    public static string Uscc(string province = "44") => DemoIdentities.UnifiedSocialCreditCode(Random, province);

    public static Platform Platform(int id = 1, string province = "11", bool newsLicence = false, DateOnly? licenceUntil = null)
    {
        var platform = new Platform { Id = id, Name = $"测试平台{id}", ProvinceCode = province, Agency = Agency.Cyberspace, Uscc = Uscc(province) };
        if (newsLicence)
            platform.Licences.Add(new PlatformLicence { PlatformId = id, Kind = LicenceKind.NewsInformation, Number = "1112345678", ValidUntil = licenceUntil });
        return platform;
    }

    public static FilingDraft Adult(string publisherId = "p-1", string? identity = null, ContentKinds kinds = ContentKinds.Performance) =>
        new(publisherId, PublisherType.Individual, "张三", identity ?? ResidentIdAged(30), ["小张"], kinds, null);

    public static GuardianDraft Guardian(DateOnly? consent = null) =>
        new("张父", GuardianRelation.Father, ResidentIdAged(45), consent ?? Today.AddDays(-3));

    public static FilingDraft Minor(int age, GuardianDraft? guardian, string publisherId = "p-minor") =>
        new(publisherId, PublisherType.Individual, "李四", ResidentIdAged(age), ["小李"], ContentKinds.Performance, guardian);
}
