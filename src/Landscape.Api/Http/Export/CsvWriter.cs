using System.Globalization;
using System.Text;

namespace Landscape.Api.Http.Export;

/// <summary>
/// RFC 4180 rows: CRLF line ends; a field with a comma, a double quote, CR or LF is enclosed in
/// double quotes, with its quotes doubled. Writes through a buffered writer, so rows stream out.
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public Task WriteRowAsync(params object?[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }
            line.Append(Escape(Format(fields[i])));
        }
        line.Append("\r\n");
        return writer.WriteAsync(line);
    }

    public static string Escape(string field) =>
        field.IndexOfAny(NeedsQuotes) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => Landscape.Data.ConstantCase.Convert(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
