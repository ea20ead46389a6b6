using System.Text;

namespace Landscape.Data.Validation;

public static class FieldNames
{
    /// <summary>A validator's property name as the seed files spell the key ("HqCountry" → "hq_country", "SourceUrl" → "source").</summary>
    public static string ToSnakeCase(string propertyName)
    {
        if (propertyName == "SourceUrl")
        {
            return "source";
        }
        var text = new StringBuilder(propertyName.Length + 4);
        for (var i = 0; i < propertyName.Length; i++)
        {
            if (i > 0 && char.IsUpper(propertyName[i]))
            {
                text.Append('_');
            }
            text.Append(char.ToLowerInvariant(propertyName[i]));
        }
        return text.ToString();
    }

    /// <summary>"HqCountry" → "hqCountry", the GraphQL input field name.</summary>
    public static string ToCamelCase(string propertyName) =>
        propertyName.Length == 0 ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
