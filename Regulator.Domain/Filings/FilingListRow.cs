namespace Regulator.Domain.Filings;

/// <summary>One line of the reviewer list: nothing but masked identity data.</summary>
public sealed record FilingListRow(
    long Id, int PlatformId, string PlatformName, string PlatformPublisherId, PublisherType PublisherType, string RealName,
    string IdentityMasked, AgeBand? AgeBand, ContentKinds ContentKinds, FilingStatus Status, DateTime CreatedUtc, bool LinkedToOtherPlatforms);
