namespace Regulator.Domain.Inspections;

/// <summary>A record cited as evidence: described in words, the identity masked, linked to its page.</summary>
public sealed record EvidenceItem(string Description, string? MaskedIdentity = null, string? RecordHref = null);
