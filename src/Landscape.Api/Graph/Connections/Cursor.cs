using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using GraphQL;

namespace Landscape.Api.Graph.Connections;

/// <summary>
/// Opaque cursors: the sort values of an entry and its id, so a page starts strictly after
/// (or before) it whatever was inserted since (keyset pagination, never OFFSET).
/// </summary>
public static class Cursor
{
    private const string Prefix = "c1:";

    public static string Encode(string order, JsonElement sortValue, int id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + JsonSerializer.Serialize(new object[] { order, sortValue, id })));

    public static string Encode<TValue>(string order, TValue sortValue, int id) =>
        Encode(order, JsonSerializer.SerializeToElement(sortValue), id);

    /// <summary>Decodes a cursor made for <paramref name="order"/>; anything else is a clear GraphQL error.</summary>
    public static (JsonElement SortValue, int Id) Decode(string cursor, string order, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                var parts = JsonSerializer.Deserialize<JsonElement[]>(text.AsSpan(Prefix.Length));
                if (parts is [{ ValueKind: JsonValueKind.String } o, var value, { ValueKind: JsonValueKind.Number } id]
                    && o.GetString() == order && id.TryGetInt32(out var entryId))
                {
                    return (value, entryId);
                }
                throw Invalid(argument, "it was made for another ordering of this list");
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
        }
        throw Invalid(argument, "it is not a cursor this API gave out");
    }

    private static ExecutionError Invalid(string argument, string why) =>
        new($"Invalid cursor in `{argument}`: {why}. Use a cursor from `edges.cursor` or `pageInfo` of the same list and order.")
        {
            Code = ApiErrorCodes.InvalidCursor,
        };
}
