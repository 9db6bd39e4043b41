namespace Regulator.Domain.Credit;

/// <summary>Who is rated (CAC Art. 15: publishers; MCT opinion 14: online cultural market entities, i.e. platforms).</summary>
public enum CreditSubjectKind
{
    /// <summary>A live-stream publisher, identified across platforms by the identity's blind index: credit follows the person, not the account.</summary>
    Publisher = 1,

    /// <summary>A platform, identified by its unified social credit code (held by the platform registry).</summary>
    Platform = 2,
}
