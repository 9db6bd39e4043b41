namespace Regulator.Web.Account;

/// <summary>Anchor for the sign-in pages' resource files (Resources/Account/AccountText*.resx).</summary>
public sealed class AccountText;
