namespace Regulator.Domain.Blacklist;

public enum BlacklistActorKind
{
    ProvincialAdministrator = 1,
    NationalAdministrator = 2,

    /// <summary>A platform reporting its own platform-level blacklisting through the API (CAC Art. 15).</summary>
    Platform = 3,

    /// <summary>The portal itself: expiry at the end of a period.</summary>
    System = 4,
}
