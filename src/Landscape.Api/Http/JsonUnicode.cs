using System.Text.Json;

namespace Landscape.Api.Http;

/// <summary>
/// JSON may escape a lone surrogate ("\ud800"): the text is valid JSON and valid UTF-8, but no
/// string can be made of it, and System.Text.Json throws only when a string is read — deep in the
/// executer, as a 500. Checking every string and name once after parsing makes it a 400.
/// </summary>
public static class JsonUnicode
{
    public const string Problem = "The body has a string that is not valid Unicode (a lone surrogate escape such as \\ud800).";

    public static bool IsValid(JsonElement element)
    {
        try
        {
            Read(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // Recursion is bounded by the parser's maximum depth (64).
    private static void Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Read(item);
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    Read(property.Value);
                }
                break;
        }
    }
}
