using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Regulator.Domain.Protection;

namespace Regulator.Web;

/// <summary>
/// Masks identity-shaped text in problem details before they are written: title, detail, instance and every string
/// (and member name) inside the extensions, however deep. Hooked into <c>AddProblemDetails</c> for every
/// <c>Results.Problem</c> and the framework's own problems, and called by the APIs that write problems themselves,
/// so an answer that names what a client sent never echoes an identity number it sent.
/// </summary>
public static class ProblemScrubbing
{
    /// <summary>Scrubs <paramref name="problem"/> in place; extension values are re-serialised with <paramref name="json"/> to be walked.</summary>
    public static void Scrub(ProblemDetails problem, JsonSerializerOptions json)
    {
        problem.Title = IdentityScrubber.Scrub(problem.Title);
        problem.Detail = IdentityScrubber.Scrub(problem.Detail);
        problem.Instance = IdentityScrubber.Scrub(problem.Instance);
        foreach (var key in problem.Extensions.Keys.ToList())
        {
            var value = problem.Extensions[key];
            problem.Extensions.Remove(key);
            problem.Extensions[IdentityScrubber.Scrub(key)!] = value switch
            {
                null or bool or int or long or double or decimal => value,
                string text => IdentityScrubber.Scrub(text),
                _ => Scrub(JsonSerializer.SerializeToNode(value, value.GetType(), json)),
            };
        }
    }

    private static JsonNode? Scrub(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var members = obj.ToList();
                obj.Clear();
                foreach (var (name, child) in members) obj[IdentityScrubber.Scrub(name)!] = Scrub(child);
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var child = array[i];
                    array[i] = null; // detach before re-attaching the scrubbed node
                    array[i] = Scrub(child);
                }
                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(IdentityScrubber.Scrub(value.GetValue<string>()));
            default:
                return node;
        }
    }
}
