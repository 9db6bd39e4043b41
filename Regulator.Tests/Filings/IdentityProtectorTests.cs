using System.Security.Cryptography;
using System.Text;
using Regulator.Domain.Protection;

namespace Regulator.Tests.Filings;

public class IdentityProtectorTests
{
    private const string Number = "11010519491231002X";

    [Fact]
    public void Encrypts_and_decrypts_with_a_fresh_nonce_each_time()
    {
        var protector = FilingTestData.Protector();
        var a = protector.Encrypt(Number);
        var b = protector.Encrypt(Number);
        Assert.NotEqual(a, b);
        Assert.Equal(Number, protector.Decrypt(a));
        Assert.DoesNotContain(Number, Encoding.UTF8.GetString(a));
    }

    [Fact]
    public void Tampered_ciphertext_does_not_decrypt()
    {
        var protector = FilingTestData.Protector();
        var c = protector.Encrypt(Number);
        c[^1] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(c));
    }

    [Fact]
    public void Blind_index_is_deterministic_and_depends_on_its_own_key()
    {
        var protector = FilingTestData.Protector();
        Assert.Equal(protector.BlindIndex(Number), protector.BlindIndex(Number));
        Assert.NotEqual(protector.BlindIndex(Number), protector.BlindIndex("110105194912310021"));
        var otherIndexKey = new IdentityProtector(new IdentityProtectionOptions
        {
            EncryptionKey = FilingTestData.Keys.EncryptionKey,
            BlindIndexKey = Convert.ToBase64String(new byte[32]),
        });
        Assert.NotEqual(protector.BlindIndex(Number), otherIndexKey.BlindIndex(Number));
        // A keyed hash, not a plain one: knowing the number without the key does not give the index.
        Assert.NotEqual(SHA256.HashData(Encoding.UTF8.GetBytes(Number)), protector.BlindIndex(Number));
    }

    [Theory]
    [InlineData(" 11010519491231002x ")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ")]
    public void Normalises_case_spaces_and_full_width_characters(string typed) =>
        Assert.Equal(Number, IdentityProtector.Normalize(typed));

    [Fact]
    public void Masks_to_area_code_and_last_four() =>
        Assert.Equal("110105********002X", FilingTestData.Protector().Protect(Number).Masked);

    [Theory]
    [InlineData(null, "mmlazo1F160cQZgZndzcIyQmtWBRTBzpVrVjueUfIbs=", "EncryptionKey is missing")]
    [InlineData("c2hvcnQ=", "mmlazo1F160cQZgZndzcIyQmtWBRTBzpVrVjueUfIbs=", "must decode to 32 bytes")]
    [InlineData("not base64!", "mmlazo1F160cQZgZndzcIyQmtWBRTBzpVrVjueUfIbs=", "not valid base64")]
    [InlineData("mmlazo1F160cQZgZndzcIyQmtWBRTBzpVrVjueUfIbs=", "mmlazo1F160cQZgZndzcIyQmtWBRTBzpVrVjueUfIbs=", "must be different")]
    public void Refuses_missing_short_or_shared_keys(string? encryption, string index, string message)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new IdentityProtector(new IdentityProtectionOptions { EncryptionKey = encryption, BlindIndexKey = index }));
        Assert.Contains(message, ex.Message);
    }
}
