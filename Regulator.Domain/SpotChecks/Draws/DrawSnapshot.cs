using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Regulator.Domain.SpotChecks.Draws;

/// <summary>
/// Everything a draw depends on besides its seed, frozen when the draw runs so that it can be replayed and shown
/// later: the sample size, the inspectors per task, the population (members and weights) and the inspector pool with
/// its exclusions. No names and no identity numbers: members are ids, so the file can be published.
/// <para>Canonical text (UTF-8, '\n' line ends, decimal integers, every list sorted ascending):</para>
/// <code>
/// regulator-spot-check-snapshot v1
/// kind publisher|platform
/// sample &lt;n&gt;
/// inspectors-per-task &lt;k&gt;
/// population &lt;count&gt;
/// &lt;target-id&gt; &lt;platform-id&gt; &lt;weight&gt;        (count lines, by target id)
/// inspectors &lt;count&gt;
/// &lt;inspector-id&gt;                              (by id)
/// conflicts &lt;count&gt;
/// &lt;inspector-id&gt; &lt;platform-id&gt;                (declared conflicts of interest, by inspector then platform)
/// recent &lt;count&gt;
/// &lt;inspector-id&gt; &lt;target-id&gt;                  (inspected this target within the plan's rotation period)
/// </code>
/// Its SHA-256 (lower-case hex) is the snapshot hash published with the draw.
/// </summary>
public sealed class DrawSnapshot
{
    public const string Header = "regulator-spot-check-snapshot v1";

    public TargetKind Kind { get; }
    public int SampleSize { get; }
    public int InspectorsPerTask { get; }
    public IReadOnlyList<PopulationMember> Members { get; }
    public IReadOnlyList<int> InspectorIds { get; }
    public IReadOnlyList<(int InspectorId, int PlatformId)> Conflicts { get; }
    public IReadOnlyList<(int InspectorId, long TargetId)> RecentInspections { get; }

    /// <exception cref="ArgumentException">A weight below 1, a repeated id, a total weight past 2^63 − 1, or sizes out of range.</exception>
    public DrawSnapshot(TargetKind kind, int sampleSize, int inspectorsPerTask, IEnumerable<PopulationMember> members, IEnumerable<int> inspectorIds,
        IEnumerable<(int InspectorId, int PlatformId)> conflicts, IEnumerable<(int InspectorId, long TargetId)> recentInspections)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleSize);
        ArgumentOutOfRangeException.ThrowIfNegative(inspectorsPerTask);
        Kind = kind;
        SampleSize = sampleSize;
        InspectorsPerTask = inspectorsPerTask;
        var sorted = members as PopulationMember[] ?? members.ToArray();
        if (!IsSortedById(sorted)) Array.Sort(sorted.Select(m => m.TargetId).ToArray(), sorted);
        long total = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Weight < 1) throw new ArgumentException($"Target {sorted[i].TargetId} has weight {sorted[i].Weight}; weights are integers ≥ 1.");
            if (i > 0 && sorted[i].TargetId == sorted[i - 1].TargetId) throw new ArgumentException($"Target {sorted[i].TargetId} is in the population twice.");
            total = checked(total + sorted[i].Weight);
        }
        Members = sorted;
        InspectorIds = inspectorIds.Distinct().Order().ToArray();
        Conflicts = conflicts.Distinct().Order().ToArray();
        RecentInspections = recentInspections.Distinct().Order().ToArray();
    }

    /// <summary>The canonical text as UTF-8 bytes (all of it ASCII; numbers in invariant decimal form).</summary>
    public byte[] ToCanonicalBytes()
    {
        // About 20 bytes a member; formatted straight to bytes since a population may hold millions.
        var text = new CanonicalWriter(64 + Members.Count * 24);
        text.Line($"{Header}\nkind {KindWord(Kind)}\nsample {SampleSize}\ninspectors-per-task {InspectorsPerTask}\npopulation {Members.Count}");
        foreach (var m in Members) text.Numbers(m.TargetId, m.PlatformId, m.Weight);
        text.Line($"inspectors {InspectorIds.Count}");
        foreach (var id in InspectorIds) text.Numbers(id);
        text.Line($"conflicts {Conflicts.Count}");
        foreach (var (inspector, platform) in Conflicts) text.Numbers(inspector, platform);
        text.Line($"recent {RecentInspections.Count}");
        foreach (var (inspector, target) in RecentInspections) text.Numbers(inspector, target);
        return text.ToArray();
    }

    /// <summary>Lower-case hex SHA-256 of canonical bytes.</summary>
    public static string HashOf(byte[] canonical) => Convert.ToHexStringLower(SHA256.HashData(canonical));

    /// <summary>Gzip of the canonical bytes, as stored with the draw and offered for download.</summary>
    public static byte[] Compress(byte[] canonical)
    {
        using var output = new MemoryStream(canonical.Length / 3);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(canonical);
        return output.ToArray();
    }

    public static byte[] Decompress(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream(compressed.Length * 4);
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Reads canonical text back. Strict: anything but the exact canonical form is refused, so a snapshot has one text and one hash.</summary>
    /// <exception cref="FormatException">The text is not a canonical v1 snapshot.</exception>
    public static DrawSnapshot Parse(byte[] canonical)
    {
        var reader = new LineReader(canonical);
        reader.Expect(Header);
        var kind = reader.Word("kind") switch
        {
            "platform" => TargetKind.Platform,
            "publisher" => TargetKind.Publisher,
            var other => throw new FormatException($"Unknown kind '{other}'."),
        };
        var sample = (int)reader.Count("sample");
        var perTask = (int)reader.Count("inspectors-per-task");
        var members = new PopulationMember[reader.Count("population")];
        for (var i = 0; i < members.Length; i++)
        {
            var f = reader.Numbers(3);
            members[i] = new PopulationMember(f[0], checked((int)f[1]), f[2]);
        }
        var inspectors = new int[reader.Count("inspectors")];
        for (var i = 0; i < inspectors.Length; i++) inspectors[i] = checked((int)reader.Numbers(1)[0]);
        var conflicts = new (int, int)[reader.Count("conflicts")];
        for (var i = 0; i < conflicts.Length; i++) { var f = reader.Numbers(2); conflicts[i] = (checked((int)f[0]), checked((int)f[1])); }
        var recent = new (int, long)[reader.Count("recent")];
        for (var i = 0; i < recent.Length; i++) { var f = reader.Numbers(2); recent[i] = (checked((int)f[0]), f[1]); }
        reader.ExpectEnd();
        DrawSnapshot snapshot;
        try
        {
            snapshot = new DrawSnapshot(kind, sample, perTask, members, inspectors, conflicts, recent);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
        if (!snapshot.ToCanonicalBytes().AsSpan().SequenceEqual(canonical)) throw new FormatException("The snapshot is not in canonical form (order, spacing or number format).");
        return snapshot;
    }

    public static string KindWord(TargetKind kind) => kind == TargetKind.Platform ? "platform" : "publisher";

    private static bool IsSortedById(PopulationMember[] members)
    {
        for (var i = 1; i < members.Length; i++) if (members[i].TargetId < members[i - 1].TargetId) return false;
        return true;
    }

    /// <summary>Reads '\n'-terminated ASCII lines of a canonical snapshot.</summary>
    private ref struct LineReader(byte[] text)
    {
        private int _position;

        private ReadOnlySpan<byte> Line()
        {
            var rest = text.AsSpan(_position);
            var end = rest.IndexOf((byte)'\n');
            if (end < 0) throw new FormatException("The snapshot ends in the middle of a line.");
            _position += end + 1;
            return rest[..end];
        }

        public void Expect(string line)
        {
            if (!Line().SequenceEqual(Encoding.ASCII.GetBytes(line))) throw new FormatException($"Expected '{line}'.");
        }

        public string Word(string label)
        {
            var line = Encoding.ASCII.GetString(Line());
            if (!line.StartsWith(label + " ", StringComparison.Ordinal)) throw new FormatException($"Expected '{label} …'.");
            return line[(label.Length + 1)..];
        }

        public long Count(string label) =>
            long.TryParse(Word(label), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= int.MaxValue
                ? n : throw new FormatException($"'{label}' needs a count.");

        public long[] Numbers(int count)
        {
            var line = Line();
            var values = new long[count];
            for (var i = 0; i < count; i++)
            {
                var space = line.IndexOf((byte)' ');
                var field = i == count - 1 ? line : space < 0 ? throw new FormatException("Too few fields on a line.") : line[..space];
                if (!System.Buffers.Text.Utf8Parser.TryParse(field, out long value, out var used) || used != field.Length)
                    throw new FormatException("A field is not a decimal integer.");
                values[i] = value;
                if (i < count - 1) line = line[(space + 1)..];
            }
            return values;
        }

        public readonly void ExpectEnd()
        {
            if (_position != text.Length) throw new FormatException("Text follows the end of the snapshot.");
        }
    }
}
