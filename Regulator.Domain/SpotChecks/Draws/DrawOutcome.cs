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

    public string ResultText
    {
        get
        {
            var text = new StringBuilder();
            foreach (var t in Targets) text.Append(t.Order).Append(' ').Append(t.TargetId).Append(' ').AppendJoin(',', t.InspectorIds).Append('\n');
            return text.ToString();
        }
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 <see cref="ResultText"/>.</summary>
    public string ResultHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ResultText)));
}
