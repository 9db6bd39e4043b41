using Regulator.Domain.Common;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Platforms;
using Regulator.Domain.Provinces;
using Regulator.Domain.Reports;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// What a blacklist proposal must satisfy, and what counts as an identity number the list can hold: a resident ID
/// (individual publishers) or a unified social credit code (organisations), the same numbers filings carry.
/// </summary>
public static class BlacklistRules
{
    public const int MaxDisplayNames = 10;
    public const int MaxNameLength = 64;
    public const int MaxFactsLength = 2000;
    public const int MaxEvidenceReferences = 20;
    public const int MaxEvidenceLength = 500;

    /// <summary>Null when the number is a citizen number of any document type or a credit code; otherwise why not (<see cref="IdentityNumberRules.ForAny"/>).</summary>
    public static string? IdentityProblem(string number, DateOnly today) => IdentityNumberRules.ForAny(CanonicalNumber.Of(number), today)?.Message;

    public static BlacklistAssessment Assess(BlacklistProposal draft, string normalizedIdentity, ReportCategory? category,
        IReadOnlySet<int> registeredPlatformIds, DateOnly today)
    {
        var problems = new List<BlacklistProblem>();
        // The number as typed when it is the one assessed (not one taken from a filing), so a refusal can name the
        // hidden characters taken out of it.
        var typed = CanonicalNumber.Of(draft.IdentityNumber);
        if (IdentityNumberRules.ForAny(typed.Value == normalizedIdentity ? typed : CanonicalNumber.Of(normalizedIdentity), today) is { } identityProblem)
            problems.Add(new("identityNumber", identityProblem.Code, identityProblem.Message));

        var names = (draft.DisplayNames ?? []).Select(n => n?.Trim() ?? "").Where(n => n.Length > 0).Distinct().ToList();
        if (names.Count == 0) problems.Add(new("displayNames", BlacklistProblemCodes.Required, "请至少填写一个显示名称 (at least one display name is required)"));
        if (names.Count > MaxDisplayNames) problems.Add(new("displayNames", BlacklistProblemCodes.TooLong, $"显示名称最多 {MaxDisplayNames} 个 (at most {MaxDisplayNames} display names)"));
        foreach (var name in names)
            if (TextRules.ValidateName(name, "显示名称", MaxNameLength) is { } nameProblem)
                problems.Add(new("displayNames", BlacklistProblemCodes.UnsafeText, nameProblem));

        var platforms = (draft.PlatformIds ?? []).Distinct().ToList();
        if (platforms.Count == 0) problems.Add(new("platformIds", BlacklistProblemCodes.Required, "请选择主播所在的平台 (choose the platform(s) where the person broadcast)"));
        if (platforms.Any(p => !registeredPlatformIds.Contains(p)))
            problems.Add(new("platformIds", BlacklistProblemCodes.UnknownPlatform, "平台不在登记名录中 (a platform is not in the registry)"));

        if (category is not { IsActive: true })
            problems.Add(new("categoryCode", BlacklistProblemCodes.UnknownCategory, "请选择有效的违规类别 (choose a valid violation category)"));

        var facts = CheckText(draft.Facts, "facts", "违规事实", MaxFactsLength, problems);
        var evidence = (draft.EvidenceReferences ?? []).Select(e => e?.Trim() ?? "").Where(e => e.Length > 0).Distinct().ToList();
        if (evidence.Count > MaxEvidenceReferences)
            problems.Add(new("evidenceReferences", BlacklistProblemCodes.TooLong, $"证据材料最多 {MaxEvidenceReferences} 项 (at most {MaxEvidenceReferences} evidence references)"));
        foreach (var reference in evidence)
            if (TextRules.ValidateName(reference, "证据材料", MaxEvidenceLength) is { } evidenceProblem)
                problems.Add(new("evidenceReferences", BlacklistProblemCodes.UnsafeText, evidenceProblem));

        CheckPeriod(draft, today, problems);

        return problems.Count > 0
            ? new BlacklistAssessment { Problems = problems }
            : new BlacklistAssessment
            {
                Problems = [],
                IdentityNumber = normalizedIdentity,
                DisplayNames = names,
                PlatformIds = platforms,
                Category = category,
                Facts = facts,
                EvidenceReferences = evidence,
                Severity = draft.Severity!.Value,
                StartsOn = draft.StartsOn!.Value,
                EndsOn = draft.Severity == BlacklistSeverity.Permanent ? null : draft.EndsOn,
            };
    }

    /// <summary>
    /// The failure of a proposal with <paramref name="problems"/>: invalid, one message per field (keyed by
    /// <see cref="BlacklistProblem.Field"/>); several problems of one field are joined, each language with its own,
    /// so the message stays "中文 (English)"; the field keeps the code of its first problem (<see cref="BlacklistProblemCodes"/>).
    /// </summary>
    public static StepFailure Refusal(IReadOnlyList<BlacklistProblem> problems)
    {
        var byField = problems.GroupBy(p => p.Field).ToList();
        return StepFailure.Invalid(byField.ToDictionary(g => g.Key, g => JoinBilingual(g.Select(p => p.Message).Distinct().ToList())),
            byField.ToDictionary(g => g.Key, g => g.First().Code));
    }

    private static string JoinBilingual(IReadOnlyList<string> messages)
    {
        if (messages is [var only]) return only;
        var parts = messages.Select(m => m.IndexOf(" (", StringComparison.Ordinal) is var open and >= 0 && m.EndsWith(')')
            ? (Zh: m[..open], En: m[(open + 2)..^1]) : (Zh: m, En: m)).ToList();
        return $"{string.Join("；", parts.Select(p => p.Zh))} ({string.Join("; ", parts.Select(p => p.En))})";
    }

    // A warning or a timed ban runs to an end date; a permanent ban has none. The start is the platform's or the
    // office's decision, which cannot lie in the future.
    private static void CheckPeriod(BlacklistProposal draft, DateOnly today, List<BlacklistProblem> problems)
    {
        if (draft.Severity is not { } severity || !Enum.IsDefined(severity))
        {
            problems.Add(new("severity", BlacklistProblemCodes.Required, "请选择处置程度：警示、限期禁入或永久禁入 (choose warning, timed ban or permanent ban)"));
            return;
        }
        if (draft.StartsOn is not { } starts)
        {
            problems.Add(new("startsOn", BlacklistProblemCodes.Required, "请填写开始日期 (the start date is required)"));
            return;
        }
        if (starts > today) problems.Add(new("startsOn", BlacklistProblemCodes.InvalidPeriod, "开始日期不能晚于今天 (the start date cannot be in the future)"));
        if (severity == BlacklistSeverity.Permanent)
        {
            if (draft.EndsOn is not null) problems.Add(new("endsOn", BlacklistProblemCodes.InvalidPeriod, "永久禁入不设结束日期 (a permanent ban has no end date)"));
        }
        else if (draft.EndsOn is not { } ends)
            problems.Add(new("endsOn", BlacklistProblemCodes.Required, "警示期和限期禁入须填写结束日期 (a warning or a timed ban needs an end date)"));
        else if (ends <= starts || ends < today)
            problems.Add(new("endsOn", BlacklistProblemCodes.InvalidPeriod, "结束日期应晚于开始日期且不早于今天 (the end date must be after the start and not in the past)"));
    }

    private static string CheckText(string? value, string field, string label, int maxLength, List<BlacklistProblem> problems)
    {
        var text = value?.Trim() ?? "";
        // Facts may run over several lines; line breaks are the only control characters allowed.
        if (TextRules.ValidateName(text.ReplaceLineEndings(" "), label, maxLength) is { } problem)
            problems.Add(new(field, text.Length == 0 ? BlacklistProblemCodes.Required
                : text.Length > maxLength ? BlacklistProblemCodes.TooLong : BlacklistProblemCodes.UnsafeText, problem));
        return text;
    }
}
