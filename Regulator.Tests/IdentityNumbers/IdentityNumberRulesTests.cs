using Regulator.Domain.Blacklist;
using Regulator.Domain.IdentityNumbers;

namespace Regulator.Tests.IdentityNumbers;

/// <summary>The one set of identity-number rules every path uses: document types, canonical form, credit codes that are personal IDs, Excel truncation.</summary>
public class IdentityNumberRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("810000199003071237", IdentityDocumentType.HkMacauTaiwanResidencePermit)]
    [InlineData("91184019850312001X", IdentityDocumentType.ForeignPermanentResidentId)]
    [InlineData("11010519491231002X", IdentityDocumentType.MainlandResidentId)]
    public void Each_citizen_number_is_read_as_its_document_type(string number, IdentityDocumentType type)
    {
        Assert.Equal(type, ResidentIdNumber.TypeOf(number));
        Assert.Null(IdentityNumberRules.ForPerson(CanonicalNumber.Of(number), null, Today, confirmed: false));
        Assert.Null(IdentityNumberRules.ForPerson(CanonicalNumber.Of(number), type, Today, confirmed: false));
        Assert.Null(BlacklistRules.IdentityProblem(number, Today));
        // Birth date at positions 7–14 in every type.
        Assert.NotNull(ResidentIdNumber.BirthDate(number));
    }

    [Fact]
    public void A_declared_type_that_does_not_fit_the_number_is_refused()
    {
        var problem = IdentityNumberRules.ForPerson(CanonicalNumber.Of("810000199003071237"), IdentityDocumentType.MainlandResidentId, Today, false);
        Assert.Equal(IdentityNumberCodes.DocumentTypeMismatch, problem!.Code);
        // Declaring a citizen number an "other document" would skip the age rules.
        var asOther = IdentityNumberRules.ForPerson(CanonicalNumber.Of("11010520120301110X"), IdentityDocumentType.ManualReview, Today, false);
        Assert.Equal(IdentityNumberCodes.DocumentTypeMismatch, asOther!.Code);
        Assert.Null(IdentityNumberRules.ForPerson(CanonicalNumber.Of("E12345678"), IdentityDocumentType.ManualReview, Today, false));
        Assert.NotNull(IdentityNumberRules.ForPerson(CanonicalNumber.Of("E1"), IdentityDocumentType.ManualReview, Today, false));
        // Without a declared type a passport number is not a citizen number.
        Assert.Equal(IdentityNumberCodes.Invalid, IdentityNumberRules.ForPerson(CanonicalNumber.Of("E12345678"), null, Today, false)!.Code);
    }

    [Fact]
    public void A_valid_citizen_number_is_never_a_credit_code()
    {
        // A 14-year-old's number that happens to satisfy GB 32100's MOD 31 as well.
        const string child = "11010520120301110X";
        Assert.Null(Domain.Platforms.UnifiedSocialCreditCode.Validate(child));
        var problem = IdentityNumberRules.ForOrganization(CanonicalNumber.Of(child), Today, false);
        Assert.Equal(IdentityNumberCodes.PersonalIdAsCreditCode, problem!.Code);
        Assert.Contains("个人", problem.Message);
        Assert.Null(IdentityNumberRules.ForOrganization(CanonicalNumber.Of("91350100M000100Y43"), Today, false));
    }

    [Theory]
    [InlineData("1101 0519 4912 3100 2X", new int[0])] // ordinary spaces: removed, not worth a note
    [InlineData("110105\u300019491231002X", new[] { 0x3000 })]
    [InlineData("\uFEFF11010519491231\u200B002x", new[] { 0xFEFF, 0x200B })]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", new int[0])] // full width
    [InlineData("110105\u206619491231002X\u2060\u00AD", new[] { 0x2066, 0x2060, 0x00AD })]
    public void Hidden_characters_are_removed_before_validation(string typed, int[] removed)
    {
        var number = CanonicalNumber.Of(typed);
        Assert.Equal("11010519491231002X", number.Value);
        Assert.Equal(removed, number.Removed.Where(c => c != ' '));
        Assert.Null(IdentityNumberRules.ForAny(number, Today));
    }

    // What the identity search boxes of the filings and blacklist lists accept: anything a record may hold.
    [Theory]
    [InlineData("11010519491231002X", true)] // a citizen number
    [InlineData("91110108MA01XXXX0X", false)] // eighteen characters that check as neither
    [InlineData("110101199003071234", false)] // a wrong check digit: said, not searched and "not found"
    [InlineData("E12345678", true)] // a passport: another document
    [InlineData("12345", true)] // the shortest other document
    [InlineData("1234", false)]
    [InlineData("<script>alert(1)</script>", false)]
    public void A_search_takes_any_number_a_record_may_hold_and_explains_the_rest(string typed, bool searchable)
    {
        var problem = IdentityNumberRules.ForSearch(CanonicalNumber.Of(typed), Today);
        Assert.Equal(searchable, problem is null);
        if (problem is not null) Assert.Contains(" (", problem.Message); // in both languages, for the page to pick one
    }

    [Fact]
    public void A_refusal_names_the_hidden_character_that_was_removed()
    {
        var problem = IdentityNumberRules.ForPerson(CanonicalNumber.Of("11010519491231\u200B0021"), null, Today, false);
        Assert.Contains("校验位", problem!.Message);
        Assert.Contains("U+200B", problem.Message);
        Assert.Contains("零宽空格", problem.Message);
        // An all-digit number with a hidden character is explained as an ID number, not as a credit code.
        Assert.Contains("身份证", BlacklistRules.IdentityProblem("11010519491231\u200B0021", Today));
    }

    [Fact]
    public void Numbers_ending_in_000_are_what_Excel_leaves_and_need_confirmation()
    {
        // 110105198805028377 typed into a number cell: Excel keeps 15 digits, and the rest happens to check.
        var stillChecks = CanonicalNumber.Of("110105198805028000");
        Assert.Null(ResidentIdNumber.Validate(stillChecks.Value, Today));
        Assert.Equal(IdentityNumberCodes.ConfirmationNeeded, IdentityNumberRules.ForPerson(stillChecks, null, Today, confirmed: false)!.Code);
        Assert.Null(IdentityNumberRules.ForPerson(stillChecks, null, Today, confirmed: true));

        var failsCheck = IdentityNumberRules.ForPerson(CanonicalNumber.Of("110105198503121000"), null, Today, confirmed: true);
        Assert.Equal(IdentityNumberCodes.ExcelTruncated, failsCheck!.Code);
        Assert.Contains("Excel", failsCheck.Message);
        // The blacklist check gives the same explanation.
        Assert.Contains("Excel", BlacklistRules.IdentityProblem("110105198503121000", Today));
    }

    [Theory]
    [InlineData("110105180003071239")]
    [InlineData("110105000103071235")]
    public void Birth_years_before_1900_are_refused(string number) =>
        Assert.Contains("1900", ResidentIdNumber.Validate(number, Today));
}
