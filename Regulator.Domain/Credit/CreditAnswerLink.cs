namespace Regulator.Domain.Credit;

/// <summary>A platform's filing of a publisher and the subject of its person; <see cref="SubjectId"/> null when the person has no subject yet (or the filing is gone).</summary>
public sealed record CreditAnswerLink(int PlatformId, string PlatformPublisherId, long? SubjectId);
