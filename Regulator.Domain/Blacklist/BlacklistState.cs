namespace Regulator.Domain.Blacklist;

/// <summary>
/// Where an entry stands in circulation (CAC Art. 15): proposed → confirmed by the province → published by the
/// national office → lifted or expired. Only published entries answer checks or reach platforms. Transitions live on
/// <see cref="BlacklistEntry"/>.
/// </summary>
public enum BlacklistState
{
    /// <summary>已提出: by a provincial administrator, or reported by a platform through the API.</summary>
    Proposed = 1,

    /// <summary>省级已确认: waiting for national publication.</summary>
    Confirmed = 2,

    /// <summary>全国已发布: in force; platforms must refuse new accounts.</summary>
    Published = 3,

    /// <summary>已解除: appeal upheld, or the period judged served.</summary>
    Lifted = 4,

    /// <summary>已到期: the end date has passed.</summary>
    Expired = 5,

    /// <summary>未采纳: the province did not confirm it, or the national office did not publish it.</summary>
    Declined = 6,
}
