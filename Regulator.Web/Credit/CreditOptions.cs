namespace Regulator.Web.Credit;

/// <summary>The <c>Credit</c> configuration section (the procedure's own settings are <c>Credit:Procedure</c>).</summary>
public sealed class CreditOptions
{
    public const string Section = "Credit";

    /// <summary>How often changed source records (cases, blacklist entries, findings, filings) are turned into facts; 0 turns the collector off on this instance.</summary>
    public int CollectIntervalSeconds { get; set; } = 10;

    /// <summary>
    /// The most a credit API answer given from this instance's memory may lag behind the database, in milliseconds
    /// (default 1,000): the copy is refreshed four times per period, and an answer older than this is read from the
    /// database instead. 0 turns the in-memory answers off: every answer is read from the database.
    /// </summary>
    public int AnswerStalenessMs { get; set; } = 1000;
}
