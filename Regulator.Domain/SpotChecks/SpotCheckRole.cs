namespace Regulator.Domain.SpotChecks;

public enum SpotCheckRole
{
    /// <summary>Anyone else: sees no task.</summary>
    None = 0,
    ProvincialAdministrator = 1,
    Inspector = 2,

    /// <summary>National administrators and analysts: read every province's plans and tasks.</summary>
    NationalReader = 3,
}
