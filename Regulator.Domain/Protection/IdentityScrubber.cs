using System.Text.RegularExpressions;
using Regulator.Domain.IdentityNumbers;

namespace Regulator.Domain.Protection;

/// <summary>
/// The one place that masks anything shaped like a resident identity number in text the portal writes out of a
/// client's or a clerk's words: problem details, audit details, log messages, free text shown or exported, the
/// corrections file. Shape, not validity: a number with a wrong check character or an unknown area code is still
/// somebody's number mistyped, so it is masked too.
/// </summary>
/// <remarks>
/// Recognised: 18 characters (17 digits and a digit or X, GB 11643-1999) and 15 digits (the first-generation cards
/// still in old records), not part of a longer run of digits. Masked as everywhere else, area code and last four:
/// <c>110105********1234</c>. Full-width digits are folded first, since they read the same to a person.
/// </remarks>
public static partial class IdentityScrubber
{
    /// <summary>The text with every identity-shaped run masked; null stays null. Costs one regex scan when nothing matches.</summary>
    public static string? Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        if (text.AsSpan().ContainsAnyInRange('０', '９')) text = FoldFullWidthDigits(text);
        return IdentityShaped().Replace(text, m => ResidentIdNumber.Mask(m.Value));
    }

    /// <summary>Whether the text holds anything shaped like an identity number (for fields that must never hold one).</summary>
    public static bool ContainsIdentityShaped(string? text) =>
        !string.IsNullOrEmpty(text) && IdentityShaped().IsMatch(text.AsSpan().ContainsAnyInRange('０', '９') ? FoldFullWidthDigits(text) : text);

    private static string FoldFullWidthDigits(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = source[i] is >= '０' and <= '９' ? (char)('0' + (source[i] - '０')) : source[i];
        });

    // Not preceded or followed by another digit, so order numbers and timestamps longer than 18 digits stay whole.
    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityShaped();
}
