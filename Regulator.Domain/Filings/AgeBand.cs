namespace Regulator.Domain.Filings;

/// <summary>
/// An individual publisher's age on the filing date, in the bands MCT opinion 4 draws. Only the band is kept
/// in clear: a birth date next to the masked number would give the whole identity number away.
/// </summary>
public enum AgeBand
{
    /// <summary>未满 16 周岁: may not hold a publisher account.</summary>
    Under16 = 1,

    /// <summary>16–17 周岁: needs guardian consent.</summary>
    Age16To17 = 2,

    /// <summary>已成年</summary>
    Adult = 3,
}
