using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Common;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// The account-opening check (CAC Art. 15: platforms must stop blacklisted users opening new accounts). It answers
/// from this instance's <see cref="PublishedBlacklist"/> — a keyed hash and a dictionary lookup, no database — and
/// only from published entries in force, so it never reveals that an identity is merely proposed.
/// </summary>
public sealed class BlacklistCheck(PublishedBlacklist list, IdentityProtector protector, TimeProvider clock)
{
    public const int MaxBatchSize = 100;

    /// <summary>False until this instance has loaded the list; until then it must not answer "not on the list".</summary>
    public bool IsReady => list.IsLoaded;

    public BlacklistCheckAnswer[] Answer(IReadOnlyList<string?> identityNumbers)
    {
        if (identityNumbers.Count > MaxBatchSize) throw new ArgumentException($"A check holds at most {MaxBatchSize} identity numbers.", nameof(identityNumbers));
        var today = ChinaTime.Today(clock);
        var answers = new BlacklistCheckAnswer[identityNumbers.Count];
        for (var i = 0; i < answers.Length; i++)
        {
            var number = CanonicalNumber.Of(identityNumbers[i]);
            answers[i] = IdentityNumberRules.ForAny(number, today) is { } problem
                ? new BlacklistCheckAnswer(null, problem)
                : new BlacklistCheckAnswer(list.Lookup(protector.BlindIndex(number.Value), today), null);
        }
        return answers;
    }
}
