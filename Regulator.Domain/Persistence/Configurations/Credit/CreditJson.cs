using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Regulator.Domain.Persistence.Configurations.Credit;

/// <summary>JSON columns for the credit feature's small lists: a converter and a comparer by count (the lists are replaced or appended to, never edited in place).</summary>
internal static class CreditJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<T, string> Converter<T>() where T : new() =>
        new(value => JsonSerializer.Serialize(value, Options), json => JsonSerializer.Deserialize<T>(json, Options) ?? new T());

    public static ValueComparer<List<T>> Comparer<T>() =>
        new((a, b) => a!.Count == b!.Count && a.SequenceEqual(b), list => list.Count, list => list.ToList());
}
