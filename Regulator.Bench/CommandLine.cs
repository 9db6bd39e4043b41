using System.Globalization;

namespace Regulator.Bench;

/// <summary>Reads <c>--name value</c> options from a benchmark's arguments.</summary>
public static class CommandLine
{
    /// <summary>The value after <paramref name="name"/>, or null when it is not given.</summary>
    public static string? Value(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    /// <summary>The whole number after <paramref name="name"/>; <paramref name="fallback"/> when absent or not a number.</summary>
    public static int Int(string[] args, string name, int fallback) =>
        int.TryParse(Value(args, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
