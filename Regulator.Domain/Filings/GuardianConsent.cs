namespace Regulator.Domain.Filings;

/// <summary>A complete guardian consent, normalised; the identity number is still clear here and is protected before storing.</summary>
public sealed record GuardianConsent(string Name, GuardianRelation Relation, string IdentityNumber, DateOnly ConsentDate)
{
    public override string ToString() => $"GuardianConsent {{ Relation = {Relation}, ConsentDate = {ConsentDate} }}";
}
