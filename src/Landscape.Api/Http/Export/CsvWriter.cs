using CsvHelper;
using Landscape.Data;

namespace Landscape.Api.Http.Export;

/// <summary>
/// The exports' rows, written by CsvHelper: RFC 4180 (CRLF line ends; a field with a comma, a
/// double quote, CR or LF is enclosed in double quotes, with its quotes doubled), UTF-8 without a
/// byte order mark, every row as wide as the header. Days are yyyy-MM-dd, booleans true/false,
/// enums the API's CONSTANT_CASE names, numbers in the invariant culture, null an empty field.
/// Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a CR: CSV
/// injection, as OWASP lists it) is written with a ' in front, which shows it as text; numbers are
/// not text, so -5 stays a number.
/// </summary>
public sealed class CsvWriter : IAsyncDisposable
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        TrueValue = "true",
        FalseValue = "false",
        Injection = CsvInjection.Escape,
    };

    private readonly CsvHelper.CsvWriter _csv;
    private readonly bool _flushEachRow;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Rows into a text writer, each one in it when <see cref="WriteRowAsync"/> returns.</summary>
    public CsvWriter(TextWriter writer)
        : this(CsvHelper.CsvWriter.Create(writer, Options, leaveOpen: true), flushEachRow: true, CancellationToken.None)
    {
    }

    private CsvWriter(CsvHelper.CsvWriter csv, bool flushEachRow, CancellationToken cancellationToken)
    {
        _csv = csv;
        _flushEachRow = flushEachRow;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Rows into a response body, sent in chunks of 16 KB as they fill, so a table streams out as
    /// it is read and is never in memory whole. Disposing sends the rest.
    /// </summary>
    public static CsvWriter Streaming(Stream body, CancellationToken cancellationToken) =>
        new(CsvHelper.CsvWriter.Create(body, Options with { BufferSize = 16 * 1024 }, leaveOpen: true), flushEachRow: false, cancellationToken);

    public async Task WriteRowAsync(params object?[] fields)
    {
        foreach (var field in fields)
        {
            switch (field)
            {
                case Enum value:
                    _csv.WriteField(ConstantCase.Convert(value.ToString()));
                    break;
                case DateOnly day:
                    _csv.WriteField(day, "yyyy-MM-dd");
                    break;
                default:
                    _csv.WriteField(field);
                    break;
            }
        }
        await _csv.EndRecordAsync(_cancellationToken);
        if (_flushEachRow)
        {
            await _csv.FlushAsync(_cancellationToken);
        }
    }

    /// <summary>One field as a row holds it: quoted when RFC 4180 requires it.</summary>
    public static string Escape(string field)
    {
        using var text = new StringWriter();
        using (var csv = CsvHelper.CsvWriter.Create(text, Options, leaveOpen: true))
        {
            // A second, empty field: a row of one empty field is written "" so it is not a blank line.
            csv.WriteField(field);
            csv.WriteField("");
            csv.EndRecord();
        }
        var row = text.ToString();
        return row[..^",\r\n".Length];
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
