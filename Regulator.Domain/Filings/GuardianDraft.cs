namespace Regulator.Domain.Filings;

/// <summary>The guardian's consent for a publisher aged 16–17 (MCT opinion 4), as sent; <paramref name="IdentityConfirmed"/> as on <see cref="FilingDraft"/>.</summary>
public sealed record GuardianDraft(string? Name, GuardianRelation? Relation, string? IdentityNumber, DateOnly? ConsentDate, bool IdentityConfirmed = false)
{
    public override string ToString() => $"GuardianDraft {{ Relation = {Relation}, ConsentDate = {ConsentDate} }}";
}
