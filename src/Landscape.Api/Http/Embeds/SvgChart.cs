using System.Globalization;
using System.Text;

namespace Landscape.Api.Http.Embeds;

/// <summary>
/// Charts drawn on the server as SVG (no charting library, no script): a bar chart and a line
/// chart with a labelled value axis. Colours are presentation attributes or CSS classes, never
/// style attributes, so the page's CSP needs no 'unsafe-inline'.
/// </summary>
public static class SvgChart
{
    private const int Width = 720, Height = 320, Left = 64, Right = 16, Top = 16, Bottom = 48;
    private static readonly int[] NiceSteps = [1, 2, 5, 10];
    private static readonly string[] Palette = ["#3b5bdb", "#e8590c", "#2f9e44", "#ae3ec9", "#1098ad", "#f08c00", "#c2255c", "#5c940d"];

    public static string Bars(IReadOnlyList<(string Label, double Value)> bars, string valueName)
    {
        var svg = Start(valueName);
        var max = NiceMax(bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        Axis(svg, max);
        var slot = (Width - Left - Right) / (double)Math.Max(1, bars.Count);
        var every = Math.Max(1, (int)Math.Ceiling(bars.Count / 12.0));
        for (var i = 0; i < bars.Count; i++)
        {
            var h = max == 0 ? 0 : bars[i].Value / max * (Height - Top - Bottom);
            var x = Left + (i * slot) + (slot * 0.1);
            svg.Append(CultureInfo.InvariantCulture, $"""<rect class="bar" x="{x:0.#}" y="{Height - Bottom - h:0.#}" width="{slot * 0.8:0.#}" height="{h:0.#}"><title>{Esc(bars[i].Label)}: {Compact(bars[i].Value)}</title></rect>""");
            if (i % every == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + (slot * 0.4):0.#}" y="{Height - Bottom + 16}" text-anchor="middle">{Esc(bars[i].Label)}</text>""");
            }
        }
        return svg.Append("</svg>").ToString();
    }

    public static string Lines(IReadOnlyList<(string Name, IReadOnlyList<(DateOnly Day, double Value)> Points)> series, string valueName)
    {
        var svg = Start(valueName);
        var points = series.SelectMany(s => s.Points).ToList();
        var max = NiceMax(points.Count == 0 ? 0 : points.Max(p => p.Value));
        Axis(svg, max);
        if (points.Count == 0)
        {
            return svg.Append("</svg>").ToString();
        }
        var first = points.Min(p => p.Day).DayNumber;
        var last = Math.Max(first + 1, points.Max(p => p.Day).DayNumber);
        double X(DateOnly d) => Left + ((d.DayNumber - first) / (double)(last - first) * (Width - Left - Right));
        double Y(double v) => Height - Bottom - (max == 0 ? 0 : v / max * (Height - Top - Bottom));
        for (var year = DateOnly.FromDayNumber(first).Year; year <= DateOnly.FromDayNumber(last).Year; year++)
        {
            var day = new DateOnly(year, 1, 1);
            if (day.DayNumber >= first && day.DayNumber <= last)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{X(day):0.#}" y="{Height - Bottom + 16}" text-anchor="middle">{year}</text>""");
            }
        }
        for (var i = 0; i < series.Count; i++)
        {
            var colour = Palette[i % Palette.Length];
            var path = string.Join(' ', series[i].Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.Day):0.#},{Y(p.Value):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"""<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>""");
            foreach (var p in series[i].Points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{X(p.Day):0.#}" cy="{Y(p.Value):0.#}" r="3" fill="{colour}"><title>{Esc(series[i].Name)} {p.Day:yyyy-MM-dd}: {Compact(p.Value)}</title></circle>""");
            }
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{Left + (i * 140)}" y="{Height - 18}" width="10" height="10" fill="{colour}"/><text x="{Left + (i * 140) + 14}" y="{Height - 9}">{Esc(series[i].Name)}</text>""");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>1234567 → "1.2M", 2.5e9 → "2.5B".</summary>
    public static string Compact(double value) => value switch
    {
        >= 1e12 => (value / 1e12).ToString("0.#", CultureInfo.InvariantCulture) + "T",
        >= 1e9 => (value / 1e9).ToString("0.#", CultureInfo.InvariantCulture) + "B",
        >= 1e6 => (value / 1e6).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 1e3 => (value / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + "K",
        _ => value.ToString("0.#", CultureInfo.InvariantCulture),
    };

    private static StringBuilder Start(string valueName) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {Height}" role="img" aria-label="{Esc(valueName)}">""");

    private static void Axis(StringBuilder svg, double max)
    {
        for (var i = 0; i <= 4; i++)
        {
            var y = Height - Bottom - (i / 4.0 * (Height - Top - Bottom));
            svg.Append(CultureInfo.InvariantCulture, $"""<line class="axis" x1="{Left}" x2="{Width - Right}" y1="{y:0.#}" y2="{y:0.#}"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 6}" y="{y + 4:0.#}" text-anchor="end">{Compact(max * i / 4)}</text>""");
        }
    }

    /// <summary>The smallest 1, 2 or 5 × 10^n at or above the largest value.</summary>
    private static double NiceMax(double value)
    {
        if (value <= 0)
        {
            return 0;
        }
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return NiceSteps.Select(m => m * power).First(m => m >= value);
    }

    private static string Esc(string text) => System.Net.WebUtility.HtmlEncode(text);
}
