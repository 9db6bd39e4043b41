using System.Security.Cryptography;
using System.Text;

namespace Regulator.Domain.SpotChecks.Draws;

/// <summary>
/// What a draw produced: the targets in draw order with their inspectors, or why it could not finish (too few
/// eligible inspectors for a target). <see cref="ResultText"/> is the canonical form compared by verification: one
/// line per target, <c>order target-id inspector-id,inspector-id…</c>, ending in a newline.
/// </summary>
public sealed record DrawOutcome(IReadOnlyList<DrawnTarget> Targets, string? Error)
{
    public bool Succeeded => Error is null;

    public string ResultText => Format(Targets.Select(t => (t.Order, t.TargetId, (IEnumerable<int>)t.InspectorIds)));

    /// <summary>The canonical result text of targets given in draw order.</summary>
    public static string Format(IEnumerable<(int Order, long TargetId, IEnumerable<int> InspectorIds)> targets)
    {
        var text = new StringBuilder();
        foreach (var (order, target, inspectors) in targets) text.Append(order).Append(' ').Append(target).Append(' ').AppendJoin(',', inspectors).Append('\n');
        return text.ToString();
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 <see cref="ResultText"/>.</summary>
    public string ResultHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ResultText)));
}
