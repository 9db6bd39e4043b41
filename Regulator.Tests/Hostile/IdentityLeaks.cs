using System.Text.RegularExpressions;
using Regulator.Domain.IdentityNumbers;

namespace Regulator.Tests.Hostile;

/// <summary>
/// Finds resident identity numbers in clear in text a client received or a file the portal wrote: any 18-character
/// run that is a valid number (area code, real birth date, check character). Masks (<c>110105********1234</c>) and
/// other long numbers do not count.
/// </summary>
public static partial class IdentityLeaks
{
    public static IReadOnlyList<string> In(string text) =>
        Candidate().Matches(text).Select(m => m.Value.ToUpperInvariant())
            .Where(n => ResidentIdNumber.Validate(n, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1)) is null).Distinct().ToList();

    [GeneratedRegex(@"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")]
    private static partial Regex Candidate();
}
