namespace Regulator.Web.Credit;

/// <summary>Anchor for the credit feature's resource files (Resources/Credit/CreditText*.resx).</summary>
public sealed class CreditText;
