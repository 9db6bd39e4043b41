namespace Regulator.Web.Account;

/// <summary>The key-URI format authenticator apps read: <c>otpauth://totp/Issuer:account?secret=…&amp;issuer=…&amp;digits=6</c>.</summary>
public static class TotpUri
{
    public static string For(string issuer, string account, string sharedKey) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={sharedKey}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
}
