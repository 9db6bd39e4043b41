namespace Regulator.Domain.Filings;

public enum FilingActorKind
{
    /// <summary>The platform that filed, through its API key or an upload made on its behalf.</summary>
    Platform = 1,

    /// <summary>A provincial administrator: the only people who review filings (CAC Art. 12).</summary>
    ProvincialAdministrator = 2,

    /// <summary>Any other member of staff: may read, may not review.</summary>
    OtherStaff = 3,

    /// <summary>The national administrator: may not review (that is the province's), may reveal identity numbers and upload.</summary>
    NationalAdministrator = 4,
}
