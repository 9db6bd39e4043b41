using Regulator.Domain.Filings;
using static Regulator.Tests.Filings.FilingTestData;

namespace Regulator.Tests.Filings;

public class FilingRulesTests
{
    private static FilingAssessment Assess(FilingDraft draft, bool newsLicence = false, DateOnly? licenceUntil = null) =>
        FilingRules.Assess(draft, Platform(newsLicence: newsLicence, licenceUntil: licenceUntil), Today);

    private static void AssertInvalid(FilingAssessment a, string field, string code)
    {
        Assert.False(a.IsValid);
        Assert.Contains(a.Errors, e => e.Field == field && e.Code == code);
    }

    [Fact]
    public void A_clean_adult_filing_is_submitted_for_review()
    {
        var a = Assess(Adult(identity: " " + ResidentIdAged(30).ToLowerInvariant() + " "));
        Assert.True(a.IsValid);
        Assert.Equal(FilingStatus.Submitted, a.Status);
        Assert.Equal(AgeBand.Adult, a.AgeBand);
        Assert.Empty(a.Reasons);
        Assert.Null(a.Guardian);
    }

    [Fact]
    public void A_resident_id_with_a_wrong_check_character_is_refused()
    {
        var id = ResidentIdAged(30);
        var wrong = id[..17] + (id[17] == '1' ? '2' : '1');
        AssertInvalid(Assess(Adult(identity: wrong)), "identityNumber", FilingProblemCodes.InvalidIdentityNumber);
    }

    [Theory]
    [InlineData("99010519900101001X")] // no such province
    [InlineData("110105199002300011")] // 30 February
    [InlineData("1101051990010100")]   // too short
    public void Malformed_resident_ids_are_refused(string id) =>
        AssertInvalid(Assess(Adult(identity: id)), "identityNumber", FilingProblemCodes.InvalidIdentityNumber);

    [Fact]
    public void A_birth_date_in_the_future_is_refused() =>
        AssertInvalid(Assess(Adult(identity: ResidentId(Today.AddDays(5)))), "identityNumber", FilingProblemCodes.InvalidIdentityNumber);

    [Fact]
    public void Organisations_are_checked_against_the_credit_code()
    {
        var ok = Assess(Adult() with { PublisherType = PublisherType.Organization, RealName = "星光文化传媒有限公司", IdentityNumber = Uscc() });
        Assert.True(ok.IsValid);
        Assert.Null(ok.AgeBand);
        var code = Uscc();
        var bad = Assess(Adult() with { PublisherType = PublisherType.Organization, IdentityNumber = code[..17] + (code[17] == '0' ? '1' : '0') });
        AssertInvalid(bad, "identityNumber", FilingProblemCodes.InvalidIdentityNumber);
    }

    [Fact]
    public void Under_16_on_the_filing_date_is_rejected()
    {
        var a = Assess(Minor(15, Guardian()));
        Assert.True(a.IsValid);
        Assert.Equal(FilingStatus.Rejected, a.Status);
        Assert.Equal(AgeBand.Under16, a.AgeBand);
        Assert.Single(a.Reasons, r => r.Code == FilingProblemCodes.Under16);
    }

    [Fact]
    public void The_sixteenth_birthday_itself_counts_as_16()
    {
        var birthday = new FilingDraft("p", PublisherType.Individual, "王五", ResidentId(Today.AddYears(-16)), ["五"], ContentKinds.Other, Guardian());
        Assert.Equal(AgeBand.Age16To17, Assess(birthday).AgeBand);
        var dayBefore = birthday with { IdentityNumber = ResidentId(Today.AddYears(-16).AddDays(1)) };
        Assert.Equal(AgeBand.Under16, Assess(dayBefore).AgeBand);
    }

    [Fact]
    public void Sixteen_to_seventeen_with_complete_consent_is_submitted_and_keeps_the_guardian()
    {
        var a = Assess(Minor(17, Guardian()));
        Assert.Equal(FilingStatus.Submitted, a.Status);
        Assert.Equal(AgeBand.Age16To17, a.AgeBand);
        Assert.NotNull(a.Guardian);
    }

    [Fact]
    public void Sixteen_to_seventeen_without_consent_is_returned_for_correction()
    {
        var a = Assess(Minor(16, null));
        Assert.Equal(FilingStatus.ReturnedForCorrection, a.Status);
        Assert.Contains(a.Reasons, r => r.Code == FilingProblemCodes.GuardianConsentIncomplete);
        Assert.Null(a.Guardian);
    }

    [Fact]
    public void Incomplete_consent_names_what_is_missing()
    {
        var a = Assess(Minor(16, Guardian() with { IdentityNumber = null, ConsentDate = null }));
        Assert.Equal(FilingStatus.ReturnedForCorrection, a.Status);
        var reason = Assert.Single(a.Reasons);
        Assert.Contains("监护人身份证号码", reason.Message);
        Assert.Contains("监护人同意日期", reason.Message);
    }

    [Fact]
    public void A_guardian_who_is_not_an_adult_or_consents_in_the_future_does_not_count()
    {
        Assert.Equal(FilingStatus.ReturnedForCorrection, Assess(Minor(17, Guardian() with { IdentityNumber = ResidentIdAged(17) })).Status);
        Assert.Equal(FilingStatus.ReturnedForCorrection, Assess(Minor(17, Guardian(consent: Today.AddDays(1)))).Status);
    }

    [Fact]
    public void A_malformed_guardian_id_is_refused_like_any_malformed_field()
    {
        var id = ResidentIdAged(45);
        AssertInvalid(Assess(Minor(17, Guardian() with { IdentityNumber = id[..17] + (id[17] == '1' ? '2' : '1') })),
            "guardian.identityNumber", FilingProblemCodes.InvalidIdentityNumber);
    }

    [Fact]
    public void Guardian_data_sent_for_an_adult_is_not_kept()
    {
        var a = Assess(Adult() with { Guardian = Guardian() });
        Assert.Equal(FilingStatus.Submitted, a.Status);
        Assert.Null(a.Guardian);
    }

    [Fact]
    public void News_content_needs_a_valid_news_licence()
    {
        var news = Adult(kinds: ContentKinds.NewsInformation | ContentKinds.Performance);
        var without = Assess(news);
        Assert.Equal(FilingStatus.ReturnedForCorrection, without.Status);
        Assert.Contains(without.Reasons, r => r.Code == FilingProblemCodes.NewsLicenceMissing);
        Assert.Equal(FilingStatus.ReturnedForCorrection, Assess(news, newsLicence: true, licenceUntil: Today.AddDays(-1)).Status);
        Assert.Equal(FilingStatus.Submitted, Assess(news, newsLicence: true, licenceUntil: Today).Status);
        Assert.Equal(FilingStatus.Submitted, Assess(Adult(kinds: ContentKinds.Performance)).Status);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("张三<b>")]
    [InlineData("张\u0000三")]
    [InlineData("张三\r\n李四")] // surrounding whitespace is trimmed; embedded line breaks are not
    [InlineData("张\t三")]
    [InlineData("\u202E三张")]
    [InlineData("张\u2028三")]
    public void Names_with_markup_or_control_characters_are_refused(string name)
    {
        AssertInvalid(Assess(Adult() with { RealName = name }), "realName", FilingProblemCodes.UnsafeText);
        AssertInvalid(Assess(Adult() with { DisplayNames = ["正常", name] }), "displayNames[1]", FilingProblemCodes.UnsafeText);
    }

    [Theory]
    [InlineData("买买提·艾力")]
    [InlineData("O'Brien-Smith, Jr.")]
    [InlineData("小鱼儿&花无缺（官方）")]
    [InlineData("“阿甘”说：好！")]
    [InlineData("🎤 唱歌的猫 🐱")]
    public void Ordinary_chinese_and_english_punctuation_is_accepted(string name) =>
        Assert.True(Assess(Adult() with { RealName = name, DisplayNames = [name] }).IsValid);

    [Theory]
    [InlineData(null, FilingProblemCodes.Required)]
    [InlineData("  ", FilingProblemCodes.Required)]
    [InlineData("has space", FilingProblemCodes.InvalidPublisherId)]
    [InlineData("a/b", FilingProblemCodes.InvalidPublisherId)]
    public void The_platform_publisher_id_is_required_and_url_safe(string? id, string code) =>
        AssertInvalid(Assess(Adult() with { PlatformPublisherId = id }), "platformPublisherId", code);

    [Fact]
    public void Type_name_display_names_and_content_kinds_are_required()
    {
        var a = Assess(new FilingDraft("p", null, "", null, [], ContentKinds.None, null));
        Assert.Contains(a.Errors, e => e.Field == "publisherType");
        Assert.Contains(a.Errors, e => e.Field == "realName");
        Assert.Contains(a.Errors, e => e.Field == "displayNames");
        Assert.Contains(a.Errors, e => e.Field == "contentKinds");
    }

    [Fact]
    public void Problems_never_quote_the_identity_number()
    {
        var id = ResidentIdAged(30);
        var wrong = id[..17] + (id[17] == '1' ? '2' : '1');
        var a = Assess(Adult(identity: wrong) with { RealName = "<x>" });
        Assert.All(a.Errors, e => Assert.DoesNotContain(wrong[..10], e.Message));
        Assert.DoesNotContain(wrong[..10], a.ToString());
        Assert.DoesNotContain(wrong[..10], Adult(identity: wrong).ToString());
    }

    [Fact]
    public void The_fingerprint_content_changes_with_any_stored_field_and_with_the_rule_outcome()
    {
        var draft = Adult(kinds: ContentKinds.NewsInformation);
        var a = Assess(draft).CanonicalContent();
        Assert.Equal(a, Assess(draft with { RealName = " 张三 " }).CanonicalContent());
        Assert.NotEqual(a, Assess(draft, newsLicence: true).CanonicalContent());
        Assert.NotEqual(a, Assess(draft with { DisplayNames = ["另一个"] }).CanonicalContent());
    }
}
