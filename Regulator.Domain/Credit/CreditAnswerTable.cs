using System.Collections.Concurrent;
using System.Diagnostics;
using Regulator.Domain.Common;

namespace Regulator.Domain.Credit;

/// <summary>
/// This instance's copy of what the platform credit API answers (CAC Art. 15), so a platform's check before a login or
/// payout is two hash lookups and no database round trip: (platform id, platform publisher id) → the publisher's subject
/// id, and subject id → its grade and listings (<see cref="CreditAnswer"/>). It holds no name, identity number or fact.
/// <para>
/// It is loaded at start and kept current in commit order: every change of a grade, listing or filing identity is
/// stamped with a version taken under a lock (<see cref="CreditAnswerStamp"/>), and the refresher applies the rows
/// stamped above the version it last applied. After applying version N read at instant t, the copy reflects every
/// change committed before t. An answer is given from memory only while that instant is less than
/// <see cref="MaxStaleness"/> old; otherwise — and for a filing or subject the copy does not hold yet — the caller asks
/// the database (<see cref="PlatformCreditQuery"/>), so no answer is ever staler than that bound.
/// </para>
/// Platform scoping is the key itself: a platform can only reach links it filed; another platform's publisher id is
/// not in its part of the table and goes to the database, which answers 404.
/// </summary>
public sealed class CreditAnswerTable(TimeProvider clock, TimeSpan maxStaleness)
{
    private readonly record struct LinkKey(int PlatformId, string PlatformPublisherId);

    private sealed class Contents
    {
        public readonly ConcurrentDictionary<LinkKey, long> Links = new();
        public readonly ConcurrentDictionary<long, CreditAnswer> Subjects = new();
        // Most publishers share one of a few answers (grade, model version, grading day, no listing): one object each.
        public readonly ConcurrentDictionary<CreditAnswer, CreditAnswer> Shared = new();

        public CreditAnswer Intern(CreditAnswer answer) => answer.Listings is null ? Shared.GetOrAdd(answer, answer) : answer;
    }

    private volatile Contents? _contents;
    private long _version = -1;
    private long _freshAsOf;
    private readonly Lock _gate = new();

    /// <summary>The most an answer from memory may lag behind the database (<c>Credit:AnswerStalenessMs</c>).</summary>
    public TimeSpan MaxStaleness { get; } = maxStaleness;

    /// <summary>The answer version this copy reflects; -1 until loaded.</summary>
    public long Version => Interlocked.Read(ref _version);

    public bool IsLoaded => _contents is not null;

    /// <summary>How many filings and publisher subjects the copy holds.</summary>
    public (int Links, int Subjects) Count => _contents is { } c ? (c.Links.Count, c.Subjects.Count) : (0, 0);

    /// <summary>How long ago the applied version was read: every change committed before then is reflected.</summary>
    public TimeSpan Age => _contents is null ? TimeSpan.MaxValue : Stopwatch.GetElapsedTime(Interlocked.Read(ref _freshAsOf));

    /// <summary>
    /// The standing of the calling platform's publisher from memory, or null when the database must answer: the copy
    /// is not loaded or older than <see cref="MaxStaleness"/>, or it does not hold this filing or its subject (filed
    /// or rated moments ago, or not a filing of this platform at all).
    /// </summary>
    public PublisherCreditStanding? Answer(int platformId, string platformPublisherId)
    {
        var contents = _contents;
        if (contents is null || Age > MaxStaleness) return null;
        if (!contents.Links.TryGetValue(new LinkKey(platformId, platformPublisherId), out var subjectId)) return null;
        if (!contents.Subjects.TryGetValue(subjectId, out var answer)) return null;
        return answer.StandingOf(platformPublisherId, ChinaTime.Today(clock));
    }

    /// <summary>
    /// Replaces the whole copy with subjects and links read at <paramref name="version"/>, whose row was read at the
    /// <see cref="Stopwatch"/> timestamp <paramref name="readAt"/>; readers switch to it when complete.
    /// </summary>
    public async Task LoadAsync(long version, long readAt, IAsyncEnumerable<CreditAnswerRow> subjects, IAsyncEnumerable<CreditAnswerLink> links, CancellationToken ct = default)
    {
        var contents = new Contents();
        await ApplySubjectsAsync(contents, subjects, ct);
        await foreach (var link in links.WithCancellation(ct))
            if (link.SubjectId is { } id) contents.Links[new LinkKey(link.PlatformId, link.PlatformPublisherId)] = id;
        lock (_gate)
        {
            _contents = contents;
            Interlocked.Exchange(ref _version, version);
            Interlocked.Exchange(ref _freshAsOf, readAt);
        }
    }

    /// <summary>
    /// Applies what changed up to <paramref name="version"/> (read at <paramref name="readAt"/>): each subject's rows
    /// replace its answer, each relinked filing points at its subject now (or leaves the copy, to be answered by the
    /// database). Rows are absolute, so applying a change twice is harmless.
    /// </summary>
    public async Task ApplyAsync(long version, long readAt, IAsyncEnumerable<CreditAnswerRow> subjects, IReadOnlyList<CreditAnswerLink> relinked, CancellationToken ct = default)
    {
        var contents = _contents ?? throw new InvalidOperationException("The credit answers are applied on top of a load.");
        await ApplySubjectsAsync(contents, subjects, ct);
        // Links move and the version advances together, under the lock that database answers take to add a link (Learn).
        lock (_gate)
        {
            foreach (var link in relinked)
            {
                var key = new LinkKey(link.PlatformId, link.PlatformPublisherId);
                if (link.SubjectId is { } id) contents.Links[key] = id;
                else contents.Links.TryRemove(key, out _);
            }
            Interlocked.Exchange(ref _version, version);
            Interlocked.Exchange(ref _freshAsOf, readAt);
        }
    }

    /// <summary>The refresher found the version unchanged at <paramref name="readAt"/>: the copy is current as of then.</summary>
    public void Confirm(long version, long readAt)
    {
        lock (_gate)
            if (Version == version) Interlocked.Exchange(ref _freshAsOf, readAt);
    }

    /// <summary>
    /// Adds the link a database answer found (a filing made after the load) if no version was applied since
    /// <paramref name="seenVersion"/>, read before that answer's query: a link the refresher moved meanwhile is never
    /// overwritten with the older one. The subject must already be held, so the answer it leads to is kept current.
    /// </summary>
    public void Learn(int platformId, string platformPublisherId, long subjectId, long seenVersion)
    {
        lock (_gate)
        {
            var contents = _contents;
            if (contents is null || Version != seenVersion || !contents.Subjects.ContainsKey(subjectId)) return;
            contents.Links.TryAdd(new LinkKey(platformId, platformPublisherId), subjectId);
        }
    }

    private static async Task ApplySubjectsAsync(Contents contents, IAsyncEnumerable<CreditAnswerRow> rows, CancellationToken ct)
    {
        CreditAnswerRow? current = null;
        List<CreditAnswerListing>? listings = null;
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (current is not null && row.SubjectId != current.SubjectId)
            {
                Put(contents, current, listings);
                listings = null;
            }
            current = row;
            if (row is { Level: { } level, StartsOn: { } starts, EndsOn: { } ends })
                (listings ??= []).Add(new CreditAnswerListing(level, row.Measures ?? [], starts, ends));
        }
        if (current is not null) Put(contents, current, listings);
    }

    private static void Put(Contents contents, CreditAnswerRow row, List<CreditAnswerListing>? listings) =>
        contents.Subjects[row.SubjectId] = contents.Intern(new CreditAnswer(row.Grade, row.ModelVersion, row.GradedOn, listings));
}
