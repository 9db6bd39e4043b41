namespace Regulator.Domain.Reports;

public enum IntakeItemStatus
{
    /// <summary>Stored now.</summary>
    Stored = 1,

    /// <summary>A report with this id was stored before (or earlier in the same batch): nothing changed, which is what makes retries safe.</summary>
    Duplicate = 2,

    /// <summary>Malformed: not stored; the errors say why. Sending it again unchanged will fail again.</summary>
    Rejected = 3,
}
