namespace Regulator.Domain.Dashboards;

/// <summary>What a source found changed: the China days to recount and the watermark positions reached (name → position).</summary>
public sealed record DashboardChanges(IReadOnlySet<DateOnly> Days, IReadOnlyDictionary<string, long> Positions)
{
    /// <summary>A watermark's stored position, 0 before the first run.</summary>
    public static long Position(IReadOnlyDictionary<string, long> watermarks, string name) => watermarks.GetValueOrDefault(name);
}
