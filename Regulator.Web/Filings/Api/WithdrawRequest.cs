namespace Regulator.Web.Filings.Api;

public sealed class WithdrawRequest
{
    /// <summary>Optional, shown to the provincial office.</summary>
    public string? Reason { get; set; }
}
