using QRCoder;

namespace Regulator.Web.Account;

/// <summary>
/// The authenticator key as a QR code an app can scan (QRCoder, rendered to PNG without System.Drawing), sent as a
/// <c>data:</c> image so the page needs no second request and the key never sits in a URL or a cache.
/// </summary>
public static class TotpQrCode
{
    /// <summary>A <c>data:image/png;base64,…</c> URI of the QR code of <paramref name="otpauthUri"/> (error correction M, 6 px per module).</summary>
    public static string DataUri(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }
}
