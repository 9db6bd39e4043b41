using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Regulator.Web.Reports;

/// <summary>
/// How the National Reporting Platform signs a push: HMAC-SHA256 with the shared secret over
/// <c>"{unix seconds}." + body</c>, sent as <c>X-Regulator-Timestamp</c> and <c>X-Regulator-Signature: sha256=&lt;hex&gt;</c>.
/// The timestamp is inside the signature, so an old request cannot be re-dated; older than <see cref="MaxAge"/> is refused.
/// </summary>
public static class ReportSignature
{
    public const string TimestampHeader = "X-Regulator-Timestamp";
    public const string SignatureHeader = "X-Regulator-Signature";
    private const string Prefix = "sha256=";

    /// <summary>Replays older than this are refused; a replay inside it changes nothing, since report ids are stored once.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(Compute(secret, timestamp, body));

    /// <summary>Null when the request is authentic and fresh, else why not.</summary>
    public static string? Verify(string secret, string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
            return $"缺少或无效的 {TimestampHeader} (missing or invalid timestamp)";
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > MaxAge.TotalSeconds)
            return "请求时间戳超出 5 分钟有效期 (timestamp older or newer than 5 minutes: replay refused)";
        if (signatureHeader is null || !signatureHeader.StartsWith(Prefix, StringComparison.Ordinal))
            return $"缺少 {SignatureHeader} (missing signature)";
        byte[] given;
        try { given = Convert.FromHexString(signatureHeader.AsSpan(Prefix.Length)); }
        catch (FormatException) { return "签名格式无效 (signature is not hex)"; }
        return CryptographicOperations.FixedTimeEquals(given, Compute(secret, timestamp, body)) ? null : "签名不匹配 (signature does not match)";
    }

    private static byte[] Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
