namespace Regulator.Domain.Protection;

/// <summary>An identity number as it is stored: encrypted, its keyed blind index, and the masked form people see.</summary>
public sealed record ProtectedIdentity(byte[] Ciphertext, byte[] BlindIndex, string Masked);
