using System.Net;
using System.Text;
using Landscape.Api.Http.Export;
using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Export;

[Collection(PostgresGroup.Name)]
public sealed class CsvExportTests(DatabaseFixture database) : SeededApiTests(database)
{
    public static TheoryData<string, string, string> Exports => new()
    {
        { "/export/products.csv", "products", "" },
        { "/export/products.csv?layer=APPLICATION&asOf=2023-06-30", "products", "filter: {layer: APPLICATION}, asOf: \"2023-06-30\"" },
        { "/export/products.csv?category=coding,assistants", "products", "filter: {categorySlugs: [\"coding\", \"assistants\"]}" },
        { "/export/funding-rounds.csv", "fundingRounds", "" },
        { "/export/funding-rounds.csv?layer=MIDDLEWARE&asOf=2022-12-31", "fundingRounds", "filter: {layer: MIDDLEWARE}, asOf: \"2022-12-31\"" },
        { "/export/funding-rounds.csv?category=coding", "fundingRounds", "filter: {categorySlugs: [\"coding\"]}" },
        { "/export/usage-metrics.csv", "usageMetrics", "" },
        { "/export/usage-metrics.csv?layer=APPLICATION&category=assistants&asOf=2023-12-31", "usageMetrics",
            "filter: {layer: APPLICATION, categorySlugs: [\"assistants\"]}, asOf: \"2023-12-31\"" },
        { "/export/models.csv", "models", "" },
        { "/export/models.csv?asOf=2023-01-01", "models", "asOf: \"2023-01-01\"" },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task Each_export_has_a_header_and_as_many_rows_as_the_lists_total_count(string url, string list, string arguments)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var rows = Parse(await response.Content.ReadAsStringAsync());

        var query = arguments.Length == 0 ? $"{{ {list} {{ totalCount }} }}" : $"{{ {list}({arguments}) {{ totalCount }} }}";
        var total = (int)(await Client.DataAsync(query))[list]!["totalCount"]!;
        Assert.True(total > 0);
        Assert.Equal(total, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
    }

    [Fact]
    public async Task Fields_with_commas_quotes_and_line_breaks_survive_the_round_trip()
    {
        var text = await Client.GetStringAsync("/export/products.csv");
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var rows = Parse(text);
        var header = rows[0];
        var descriptions = rows.Skip(1).Select(r => r[header.IndexOf("description")]).ToList();
        // The curated descriptions have commas; each parses back whole, in its own column.
        Assert.Contains(descriptions, d => d.Contains(',', StringComparison.Ordinal));
        var data = await Client.DataAsync("{ product(slug: \"chatgpt\") { name description } }");
        var chatgpt = rows.Single(r => r[0] == "chatgpt");
        Assert.Equal((string?)data["product"]!["description"], chatgpt[header.IndexOf("description")]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\r\nlf", "\"cr\r\nlf\"")]
    [InlineData("", "")]
    public void Fields_are_quoted_as_rfc_4180_says(string field, string expected) => Assert.Equal(expected, CsvWriter.Escape(field));

    [Fact]
    public async Task Rows_are_written_with_crlf_and_parse_back()
    {
        var output = new StringWriter();
        await new CsvWriter(output).WriteRowAsync("a,b", "say \"hi\"", "two\nlines", null, 1.5m, new DateOnly(2022, 11, 30), true);
        Assert.Equal("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,1.5,2022-11-30,true\r\n", output.ToString());
        Assert.Equal(["a,b", "say \"hi\"", "two\nlines", "", "1.5", "2022-11-30", "true"], Parse(output.ToString()).Single());
    }

    [Fact]
    public async Task Bad_filters_are_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/export/products.csv?layer=NOPE")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/export/products.csv?asOf=yesterday")).StatusCode);
    }

    /// <summary>An RFC 4180 reader, written independently of the writer under test.</summary>
    internal static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
        Assert.False(quoted, "An unterminated quoted field.");
        Assert.Empty(row);
        return rows;
    }
}
