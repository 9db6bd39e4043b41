namespace Regulator.Web.Credit;

/// <summary>The <c>Credit</c> configuration section (the procedure's own settings are <c>Credit:Procedure</c>).</summary>
public sealed class CreditOptions
{
    public const string Section = "Credit";

    /// <summary>How often changed source records (cases, blacklist entries, findings, filings) are turned into facts; 0 turns the collector off on this instance.</summary>
    public int CollectIntervalSeconds { get; set; } = 10;
}
