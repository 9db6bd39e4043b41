using Regulator.Domain.Common;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Filings;

/// <summary>
/// The intake rules for a publisher filing (CAC Art. 5 and 12, MCT opinion 4). Malformed data is refused item by
/// item; a well-formed filing is stored and, by these rules alone, submitted for review, returned for correction
/// or rejected. Ages are taken on the filing date (China calendar day): turning 16 or 18 later changes nothing decided.
/// </summary>
public static class FilingRules
{
    public const int MaxPublisherIdLength = 64;
    public const int MaxNameLength = 64;
    public const int MaxDisplayNames = 10;

    public static FilingAssessment Assess(FilingDraft draft, Platform platform, DateOnly filingDate)
    {
        var errors = new List<FilingProblem>();
        var publisherId = CheckPublisherId(draft.PlatformPublisherId, errors);
        if (draft.PublisherType is null)
            errors.Add(new("publisherType", FilingProblemCodes.Required, "请填写主播类型：个人或机构 (publisher type is required: individual or organization)"));
        var (realName, typedRealName) = CheckRealName(draft.RealName, "realName", "真实姓名", "real name", errors);
        var number = CanonicalNumber.Of(draft.IdentityNumber);
        var identity = number.Value;
        if (draft.PublisherType is { } type && IdentityProblem(type, draft, number, filingDate) is { } identityProblem)
            errors.Add(new("identityNumber", identityProblem.Code, identityProblem.Message));
        var documentType = draft.PublisherType != PublisherType.Individual ? (IdentityDocumentType?)null
            : draft.DocumentType ?? (identity.Length > 0 ? ResidentIdNumber.TypeOf(identity) : null);
        var displayNames = CheckDisplayNames(draft.DisplayNames, errors);
        if (draft.ContentKinds == ContentKinds.None || (draft.ContentKinds & ~AllContentKinds) != 0)
            errors.Add(new("contentKinds", FilingProblemCodes.Required, "请至少选择一种内容类别 (at least one content kind is required)"));

        AgeBand? ageBand = null;
        if (errors.Count == 0 && draft.PublisherType == PublisherType.Individual && documentType != IdentityDocumentType.ManualReview)
            ageBand = BandOf(ResidentIdNumber.AgeOn(ResidentIdNumber.BirthDate(identity)!.Value, filingDate));
        var reasons = new List<FilingProblem>();
        string? typedGuardianName = null;
        var guardian = ageBand == AgeBand.Age16To17 ? CheckGuardian(draft.Guardian, identity, filingDate, errors, reasons, out typedGuardianName) : null;
        if (errors.Count > 0) return new FilingAssessment { Errors = errors, PlatformPublisherId = publisherId };

        var status = FilingStatus.Submitted;
        if (ageBand == AgeBand.Under16)
        {
            // No publisher account for anyone under 16 (MCT opinion 4): nothing else matters.
            reasons.Clear();
            reasons.Add(new("identityNumber", FilingProblemCodes.Under16, "主播在备案日未满 16 周岁，不得开通主播账号 (the publisher is under 16 on the filing date and may not hold a publisher account)"));
            status = FilingStatus.Rejected;
        }
        else
        {
            if (draft.ContentKinds.HasFlag(ContentKinds.NewsInformation) && !platform.HoldsValidLicence(LicenceKind.NewsInformation, filingDate))
                reasons.Add(new("contentKinds", FilingProblemCodes.NewsLicenceMissing, "平台未持有有效的互联网新闻信息服务许可证，不能备案新闻信息类主播 (news-information content needs the platform's valid internet news-information licence)"));
            if (reasons.Count > 0) status = FilingStatus.ReturnedForCorrection;
            // A document without a check character tells neither the age nor whether the number is real: a
            // reviewer compares it with the document. It waits for review, and bulk acceptance passes it over.
            else if (documentType == IdentityDocumentType.ManualReview)
                reasons.Add(new("identityDocumentType", FilingProblemCodes.ManualReview,
                    "其他证件无校验位，须由审核人员核对证件、姓名与年龄 (a document without a check character is reviewed by a person: number, name and age)"));
        }

        return new FilingAssessment
        {
            Errors = [],
            Status = status,
            Reasons = reasons,
            PlatformPublisherId = publisherId,
            PublisherType = draft.PublisherType!.Value,
            RealName = realName,
            IdentityNumber = identity,
            DocumentType = documentType,
            TypedNames = typedRealName is null && typedGuardianName is null ? null
                : string.Join("；", new[] { typedRealName, guardian is null ? null : typedGuardianName }.Where(n => n is not null)),
            DisplayNames = displayNames,
            ContentKinds = draft.ContentKinds,
            AgeBand = ageBand,
            Guardian = guardian,
        };
    }

    public static AgeBand BandOf(int age) => age switch
    {
        < 16 => AgeBand.Under16,
        < 18 => AgeBand.Age16To17,
        _ => AgeBand.Adult,
    };

    private const ContentKinds AllContentKinds = ContentKinds.NewsInformation | ContentKinds.Performance | ContentKinds.AudioVisual | ContentKinds.Other;

    // The id goes into URLs (GET /api/v1/filings/{id}) and CSV files, so it is kept to a URL-safe alphabet.
    private static string CheckPublisherId(string? value, List<FilingProblem> errors)
    {
        var id = value?.Trim() ?? "";
        if (id.Length == 0)
            errors.Add(new("platformPublisherId", FilingProblemCodes.Required, "请填写平台主播编号 (the platform publisher id is required)"));
        else if (id.Length > MaxPublisherIdLength || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '@'))
            errors.Add(new("platformPublisherId", FilingProblemCodes.InvalidPublisherId,
                $"平台主播编号应为 1–{MaxPublisherIdLength} 位字母、数字或 - _ . : @ (the platform publisher id must be 1–{MaxPublisherIdLength} letters, digits or - _ . : @)"));
        else if (IdentityScrubber.ContainsIdentityShaped(id))
        {
            // An identifier is shown in lists, answers and audit rows in clear: it must never be somebody's identity number.
            errors.Add(new("platformPublisherId", FilingProblemCodes.InvalidPublisherId,
                "平台主播编号不得使用身份证号码 (the platform publisher id must not be an identity number)"));
            return IdentityScrubber.Scrub(id)!;
        }
        return id;
    }

    private static string CheckName(string? value, string field, string labelZh, string labelEn, List<FilingProblem> errors)
    {
        var name = value?.Trim() ?? "";
        if (name.Length == 0)
            errors.Add(new(field, FilingProblemCodes.Required, $"请填写{labelZh} (the {labelEn} is required)"));
        else if (name.Length > MaxNameLength)
            errors.Add(new(field, FilingProblemCodes.TooLong, $"{labelZh}不能超过 {MaxNameLength} 个字 (the {labelEn} may have at most {MaxNameLength} characters)"));
        else if (TextRules.ValidateName(name, labelZh, MaxNameLength) is { } problem)
            // A character lost before upload (U+FFFD, private use) has its own code, as "?" in a real name has: the
            // platform's fix is to save the sheet again, not to clean the text.
            errors.Add(new(field, problem == TextRules.LostCharacters(name, labelZh, realName: false) ? FilingProblemCodes.CharactersLost : FilingProblemCodes.UnsafeText, problem));
        return name;
    }

    /// <summary>
    /// A person's or organisation's real name: the text rules, plus no character lost before upload ("?" for a rare
    /// character), with look-alike middle dots folded to U+00B7. Returns the stored form, and the typed form when it differs.
    /// </summary>
    private static (string Name, string? Typed) CheckRealName(string? value, string field, string labelZh, string labelEn, List<FilingProblem> errors)
    {
        var typed = CheckName(value, field, labelZh, labelEn, errors);
        if (typed.Length > 0 && !errors.Any(e => e.Field == field) && TextRules.LostCharacters(typed, labelZh, realName: true) is { } lost)
            errors.Add(new(field, FilingProblemCodes.CharactersLost, lost));
        var folded = TextRules.FoldMiddleDots(typed);
        return (folded, folded == typed ? null : typed);
    }

    private static IReadOnlyList<string> CheckDisplayNames(IReadOnlyList<string>? values, List<FilingProblem> errors)
    {
        var names = (values ?? []).Select(n => n?.Trim() ?? "").Where(n => n.Length > 0).Distinct().ToList();
        if (names.Count == 0)
            errors.Add(new("displayNames", FilingProblemCodes.Required, "请至少填写一个显示名称 (at least one display name is required)"));
        else if (names.Count > MaxDisplayNames)
            errors.Add(new("displayNames", FilingProblemCodes.TooLong, $"显示名称最多 {MaxDisplayNames} 个 (at most {MaxDisplayNames} display names)"));
        for (var i = 0; i < names.Count; i++)
            CheckName(names[i], $"displayNames[{i}]", "显示名称", "display name", errors);
        return names;
    }

    private static IdentityNumberProblem? IdentityProblem(PublisherType type, FilingDraft draft, CanonicalNumber number, DateOnly filingDate)
    {
        if (type == PublisherType.Organization && draft.DocumentType is not null)
            return new(IdentityNumberCodes.DocumentTypeMismatch, "机构以统一社会信用代码备案，不填证件类型 (an organisation is filed by its credit code, without a document type)");
        if (draft.DocumentType is { } declared && !Enum.IsDefined(declared))
            return new(IdentityNumberCodes.DocumentTypeMismatch, "证件类型无效 (unknown document type)");
        return type == PublisherType.Individual
            ? IdentityNumberRules.ForPerson(number, draft.DocumentType, filingDate, draft.IdentityConfirmed)
            : IdentityNumberRules.ForOrganization(number, filingDate, draft.IdentityConfirmed);
    }

    /// <summary>
    /// Malformed guardian data is refused like any other malformed field; a consent that is merely incomplete or
    /// not yet valid sends the filing back for correction (MCT opinion 4: 16–17 needs guardian consent).
    /// </summary>
    private static GuardianConsent? CheckGuardian(GuardianDraft? draft, string publisherIdentity, DateOnly filingDate,
        List<FilingProblem> errors, List<FilingProblem> reasons, out string? typedName)
    {
        var missing = new List<string>();
        typedName = null;
        var name = draft?.Name?.Trim() ?? "";
        if (name.Length == 0) missing.Add("监护人姓名 guardian name");
        else (name, typedName) = CheckRealName(name, "guardian.name", "监护人姓名", "guardian name", errors);
        if (draft?.Relation is null) missing.Add("监护关系 relation");
        // A guardian holds a citizen number of any type; another document cannot show an adult's age.
        var number = CanonicalNumber.Of(draft?.IdentityNumber);
        var identity = number.Value;
        if (identity.Length == 0) missing.Add("监护人身份证号码 guardian identity number");
        else if (IdentityNumberRules.ForPerson(number, null, filingDate, draft!.IdentityConfirmed) is { } problem)
            errors.Add(new("guardian.identityNumber", problem.Code, "监护人" + problem.Message));
        if (draft?.ConsentDate is null) missing.Add("监护人同意日期 consent date");
        if (errors.Count > 0) return null;

        if (missing.Count > 0)
        {
            reasons.Add(new("guardian", FilingProblemCodes.GuardianConsentIncomplete,
                $"主播未满 18 周岁，监护人同意信息不完整，缺少：{string.Join("、", missing)} (the publisher is 16–17: guardian consent is incomplete)"));
            return null;
        }
        var consentDate = draft!.ConsentDate!.Value;
        string? invalid = null;
        if (consentDate > filingDate)
            invalid = "监护人同意日期晚于备案日期 (the consent date is after the filing date)";
        else if (identity == publisherIdentity)
            invalid = "监护人身份证号码与主播相同 (the guardian's identity number is the publisher's own)";
        else if (ResidentIdNumber.AgeOn(ResidentIdNumber.BirthDate(identity)!.Value, consentDate) < 18)
            invalid = "监护人在同意日期未成年 (the guardian was not an adult on the consent date)";
        if (invalid is not null)
        {
            reasons.Add(new("guardian", FilingProblemCodes.GuardianConsentIncomplete, $"监护人同意无效：{invalid}"));
            return null;
        }
        return new GuardianConsent(name, draft.Relation!.Value, identity, consentDate);
    }
}
