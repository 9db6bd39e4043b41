namespace Regulator.Domain.Inspections;

/// <summary>What a rule found on one platform: how many records, and a sample of them as evidence.</summary>
public sealed record FindingDraft(int SubjectCount, IReadOnlyList<EvidenceItem> Evidence);
