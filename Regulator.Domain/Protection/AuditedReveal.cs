using Regulator.Domain.Auditing;

namespace Regulator.Domain.Protection;

/// <summary>
/// The one way personal data held encrypted (identity numbers, reporters' contacts) is shown in clear: the reveal
/// is written to the audit log — who, which record, which field, why; never the value — and saved before the value
/// is decrypted, so no clear value leaves without its trace. The caller has found the record through the scoping
/// filter, decided the reader may see it and checked the reason; it shows the value in that response only.
/// </summary>
public sealed class AuditedReveal(IdentityProtector protector, AuditLog audit)
{
    public async Task<string> RevealAsync(string action, string recordType, long recordId, string provinceCode, string statedReason, string field,
        byte[] ciphertext, CancellationToken ct = default)
    {
        await audit.RecordAsync(action, recordType, recordId.ToString(), provinceCode, statedReason, field, ct);
        return protector.Decrypt(ciphertext);
    }
}
