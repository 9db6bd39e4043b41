using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Account;

/// <summary>The test's own authenticator must be right before its verdict on the portal's two-factor sign-in counts.</summary>
public sealed class TotpTests
{
    // RFC 6238 appendix B, SHA-1 key "12345678901234567890"; the last six of its eight-digit values.
    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(2000000000, "279037")]
    public void Codes_match_the_rfc_6238_test_vectors(long unixSeconds, string expected)
    {
        Assert.Equal(expected, Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }
}
