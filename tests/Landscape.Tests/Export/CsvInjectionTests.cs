using Landscape.Api.Http.Export;

namespace Landscape.Tests.Export;

public sealed class CsvInjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1+1", "\"'+1+1\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("plain", "plain")]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string field, string expected) =>
        Assert.Equal(expected, CsvWriter.Escape(field));

    [Fact]
    public async Task Numbers_stay_numbers()
    {
        var output = new StringWriter();
        await new CsvWriter(output).WriteRowAsync(-5, -1.5m, -20_000_000_000L, "-5");
        Assert.Equal("-5,-1.5,-20000000000,\"'-5\"\r\n", output.ToString());
    }
}
