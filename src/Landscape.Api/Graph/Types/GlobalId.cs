using System.Text;
using GraphQL;

namespace Landscape.Api.Graph.Types;

/// <summary>Opaque Relay ids: base64 of "Type:id", so an id names its type and cannot be mistaken for another's.</summary>
public static class GlobalId
{
    public static string Encode(string type, int id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{id}"));

    public static bool TryDecode(string globalId, out string type, out int id)
    {
        type = "";
        id = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(globalId));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && int.TryParse(text.AsSpan(colon + 1), System.Globalization.NumberStyles.None, null, out id) && id > 0)
            {
                type = text[..colon];
                return true;
            }
        }
        catch (FormatException)
        {
        }
        return false;
    }

    /// <summary>The database id inside a global id of the expected type, or a clear GraphQL error.</summary>
    public static int Decode(string globalId, string expectedType, string argument)
    {
        if (!TryDecode(globalId, out var type, out var id))
        {
            throw new ExecutionError($"`{argument}` is not a valid id.") { Code = ApiErrorCodes.InvalidId };
        }
        if (type != expectedType)
        {
            throw new ExecutionError($"`{argument}` is the id of a {type}, not of a {expectedType}.") { Code = ApiErrorCodes.InvalidId };
        }
        return id;
    }
}
