using System.Text;
using System.Text.Json;

namespace Landscape.Tests.Hostile;

/// <summary>Hostile requests that are too large or too regular to keep as files.</summary>
public static class GeneratedRequests
{
    private const int Deep = 10_000;

    public static IEnumerable<HostileRequest> All()
    {
        // Sizes: past the body limit, just under it, and a chunk of a megabyte in each place a string goes.
        var megabyte = new string('a', 1024 * 1024);
        yield return Query("1 MB query text", "{ search(query: \"" + megabyte + "\") { __typename } }");
        yield return Query("1 MB variable", "query($s: String!) { search(query: $s) { __typename } }", $"{{\"s\":\"{megabyte}\"}}");
        yield return Query("1 MB operationName", "{ viewer { authenticated } }", operationName: megabyte);
        yield return Raw("1 MB of whitespace", Encoding.UTF8.GetBytes(new string(' ', 1024 * 1024)));
        yield return Raw("1 MB unterminated string", Encoding.UTF8.GetBytes("{\"query\":\"" + megabyte));
        yield return Query("250 KB search string", "query($s: String!) { search(query: $s) { __typename } }", $"{{\"s\":\"{new string('x', 250_000)}\"}}");
        yield return Query("200 KB filter string", "query($s: String!) { products(filter: {search: $s}) { totalCount } }", $"{{\"s\":\"{new string('é', 100_000)}\"}}");
        yield return Query("200 KB slug", "query($s: String!) { product(slug: $s) { name } }", $"{{\"s\":\"{new string('-', 200_000)}\"}}");
        yield return Get("16 KB GET query string", "{ search(query: \"" + new string('q', 16_000) + "\") { __typename } }");
        yield return Get("100 KB GET query string", "{ search(query: \"" + new string('q', 100_000) + "\") { __typename } }");

        // Nesting ten thousand deep: selections, lists, input objects, JSON variables, parentheses of a body.
        yield return Query("10,000-deep selection", string.Concat(Enumerable.Repeat("{ a ", Deep)) + new string('}', Deep));
        yield return Query("10,000-deep organization/products nesting",
            "{ " + string.Concat(Enumerable.Repeat("organization(slug: \"openai\") { products { ", Deep / 2)) + "name" + new string('}', Deep) + " }");
        yield return Query("10,000-deep list value", "{ products(filter: {categorySlugs: " + new string('[', Deep) + "\"x\"" + new string(']', Deep) + "}) { totalCount } }");
        yield return Query("10,000-deep input object", "{ products(filter: " + string.Concat(Enumerable.Repeat("{search: ", Deep)) + "\"x\"" + new string('}', Deep) + ") { totalCount } }");
        yield return Query("10,000-deep JSON variable", "query($f: ProductFilter) { products(filter: $f) { totalCount } }",
            string.Concat(Enumerable.Repeat("{\"f\":", Deep)) + "null" + new string('}', Deep));
        yield return Raw("10,000-deep JSON array body", Encoding.UTF8.GetBytes(new string('[', Deep) + new string(']', Deep)));
        yield return Raw("10,000-deep JSON object body", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"query\":", Deep)) + "1" + new string('}', Deep)));
        yield return Query("10,000-deep extensions", "{ viewer { authenticated } }", extensions: string.Concat(Enumerable.Repeat("{\"a\":", Deep)) + "1" + new string('}', Deep));
        yield return Query("60-deep JSON variable under the parser's limit", "query($f: ProductFilter) { products(filter: $f) { totalCount } }",
            "{\"f\":" + string.Concat(Enumerable.Repeat("{\"search\":", 60)) + "\"x\"" + new string('}', 61));
        yield return Query("64-deep fragment chain",
            "{ ...F0 } " + string.Concat(Enumerable.Range(0, 64).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }} ")) + "fragment F64 on Query { viewer { authenticated } }");

        // Bombs: aliases, fragments spread exponentially, directives, variables, operations.
        yield return Query("5,000 aliases of a 100-product page",
            "{ " + string.Concat(Enumerable.Range(0, 5000).Select(i => $"a{i}: products(first: 100) {{ nodes {{ name }} }} ")) + "}");
        yield return Query("20,000 aliases of __typename", "{ " + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"t{i}: __typename ")) + "}");
        yield return Query("fragment bomb, 2^40 spreads",
            "{ ...F0 } " + string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ")) + "fragment F40 on Query { products(first: 100) { nodes { name } } }");
        yield return Query("8,000-fragment chain", "{ ...F0 } " + string.Concat(Enumerable.Range(0, 8000).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }} "))
            + "fragment F8000 on Query { viewer { authenticated } }");
        yield return Query("fragment bomb on nested types",
            "{ products(first: 100) { nodes { ...P0 } } } " + string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment P{i} on Product {{ ...P{i + 1} ...P{i + 1} organization {{ name }} }} ")) + "fragment P30 on Product { name }");
        yield return Query("long fragment cycle", "{ ...C0 } " + string.Concat(Enumerable.Range(0, 100).Select(i => $"fragment C{i} on Query {{ ...C{(i + 1) % 100} }} ")));
        yield return Query("1,000 @include directives", "{ viewer " + string.Concat(Enumerable.Repeat("@include(if: true) ", 1000)) + "{ authenticated } }");
        yield return Query("10,000 @skip directives on many fields", "{ " + string.Concat(Enumerable.Range(0, 2000).Select(i => $"v{i}: viewer @skip(if: false) @include(if: true) {{ authenticated }} ")) + "}");
        yield return Query("5,000 unknown directives", "{ viewer " + string.Concat(Enumerable.Range(0, 5000).Select(i => $"@d{i} ")) + "{ authenticated } }");
        yield return Query("10,000 variable definitions",
            "query(" + string.Concat(Enumerable.Range(0, Deep).Select(i => $"$v{i}: Int ")) + ") { viewer { authenticated } }");
        yield return Query("10,000 variables sent", "{ viewer { authenticated } }",
            "{" + string.Join(',', Enumerable.Range(0, Deep).Select(i => $"\"v{i}\":{i}")) + "}");
        yield return Query("2,000 operations, one chosen",
            string.Concat(Enumerable.Range(0, 2000).Select(i => $"query Q{i} {{ viewer {{ authenticated }} }} ")), operationName: "Q1999");
        yield return Query("2,000 operations, none chosen", string.Concat(Enumerable.Range(0, 2000).Select(i => $"query Q{i} {{ viewer {{ authenticated }} }} ")));
        yield return Query("10,000 ids in nodes(ids:)", "{ nodes(ids: [" + string.Join(',', Enumerable.Range(1, Deep).Select(i => $"\"{Id("Product", i)}\"")) + "]) { id } }");
        yield return Query("10,000 category slugs", "{ products(filter: {categorySlugs: [" + string.Join(',', Enumerable.Range(0, Deep).Select(i => $"\"c{i}\"")) + "]}) { totalCount } }");
        yield return Query("10,000 round types", "{ fundingRounds(filter: {roundTypes: [" + string.Join(',', Enumerable.Repeat("SEED", Deep)) + "]}) { totalCount } }");

        // Numbers: longer than any type, and every overflow.
        yield return Query("a 5,000-digit Int literal", "{ products(first: " + new string('9', 5000) + ") { totalCount } }");
        yield return Query("a 5,000-digit Int variable", "query($n: Int) { products(first: $n) { totalCount } }", "{\"n\":" + new string('9', 5000) + "}");
        yield return Query("a 5,000-digit Long", "query($n: Long) { products(first: 1) { totalCount } }", "{\"n\":" + new string('9', 5000) + "}");
        yield return Query("1e400 as Float", "query($n: Float) { viewer { authenticated } }", "{\"n\":1e400}");
        yield return Query("a 5,000-digit fraction", "{ products(first: 0." + new string('1', 5000) + ") { totalCount } }");

        // Bytes that are not UTF-8 in every part of a body.
        foreach (var (name, bytes) in InvalidUtf8())
        {
            yield return Raw("invalid UTF-8: " + name, [.. "{\"query\":\"{ search(query: \\\""u8, .. bytes, .. "\\\") { __typename } }\"}"u8]);
            yield return Raw("invalid UTF-8 in a variable: " + name,
                [.. "{\"query\":\"query($s: String!) { products(filter: {search: $s}) { totalCount } }\",\"variables\":{\"s\":\""u8, .. bytes, .. "\"}}"u8]);
        }
        yield return Raw("invalid UTF-8 as a property name", [.. "{\""u8, 0xC3, 0x28, .. "\":1,\"query\":\"{ viewer { authenticated } }\"}"u8]);
        yield return Raw("UTF-16 LE body", Encoding.Unicode.GetBytes("{\"query\":\"{ viewer { authenticated } }\"}"));
        yield return Raw("UTF-32 body with BOM", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("{\"query\":\"{ viewer { authenticated } }\"}")]);
        yield return Raw("two byte order marks", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. "{\"query\":\"{ viewer { authenticated } }\"}"u8]);
        yield return Raw("NUL bytes between tokens", [.. "{\"query\":"u8, 0, .. "\"{ viewer { authenticated } }\"}"u8]);
        yield return Raw("random bytes", RandomBytes(4096, 1));
        yield return Raw("random bytes after a valid prefix", [.. "{\"query\":\""u8, .. RandomBytes(4096, 2)]);

        // Imports: past the document limit, under it, a YAML alias bomb, deep YAML.
        yield return Import("import over the size limit", new string('#', 200_001), dryRun: true);
        yield return Import("import of 199,999 comment characters", "#" + new string('x', 199_998), dryRun: true);
        yield return Import("import YAML alias bomb", YamlAliasBomb(), dryRun: true);
        yield return Import("import 5,000-deep YAML flow sequence", "products: " + new string('[', 5000) + new string(']', 5000), dryRun: true);
        yield return Import("import 2,000-deep YAML block mapping",
            string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', i) + "k:\n")), dryRun: true);
        yield return Import("import 2,000 products with hostile names", "products:\n" + string.Concat(Enumerable.Range(0, 2000).Select(i =>
            $"  - slug: x{i}\n    name: \"<script>{i}</script>'; DROP TABLE products; --\"\n    layer: APPLICATION\n")), dryRun: true);
        yield return Import("import without a key", "products: []", dryRun: false, auth: HostileAuth.None);
    }

    private static HostileRequest Query(string name, string query, string? variables = null, string? operationName = null, string? extensions = null,
        HostileAuth auth = HostileAuth.None)
    {
        var body = new StringBuilder("{\"query\":").Append(JsonSerializer.Serialize(query));
        if (variables is not null)
        {
            body.Append(",\"variables\":").Append(variables);
        }
        if (operationName is not null)
        {
            body.Append(",\"operationName\":").Append(JsonSerializer.Serialize(operationName));
        }
        if (extensions is not null)
        {
            body.Append(",\"extensions\":").Append(extensions);
        }
        return Raw(name, Encoding.UTF8.GetBytes(body.Append('}').ToString()), auth);
    }

    private static HostileRequest Raw(string name, byte[] body, HostileAuth auth = HostileAuth.None) =>
        new("generated: " + name, "POST", "/graphql", new Dictionary<string, string>(), body, auth);

    private static HostileRequest Get(string name, string query) =>
        new("generated: " + name, "GET", "/graphql?query=" + Uri.EscapeDataString(query), new Dictionary<string, string>(), null, HostileAuth.None);

    private static HostileRequest Import(string name, string document, bool dryRun, HostileAuth auth = HostileAuth.Analyst) =>
        Query(name, "mutation($d: String!, $dry: Boolean) { importCatalog(input: {document: $d, dryRun: $dry}) { applied problems { line code message } userErrors { code message } } }",
            $"{{\"d\":{JsonSerializer.Serialize(document)},\"dry\":{(dryRun ? "true" : "false")}}}", auth: auth);

    private static string Id(string type, int id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{id}"));

    private static IEnumerable<(string Name, byte[] Bytes)> InvalidUtf8() =>
    [
        ("lone continuation byte", [0x80]),
        ("truncated two-byte sequence", [0xC3]),
        ("overlong slash", [0xC0, 0xAF]),
        ("overlong NUL", [0xC0, 0x80]),
        ("encoded surrogate", [0xED, 0xA0, 0x80]),
        ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
        ("0xFF byte", [0xFF, 0xFE]),
        ("truncated four-byte sequence", [0xF0, 0x9F, 0x98]),
        ("Latin-1 e-acute", [0xE9]),
    ];

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string YamlAliasBomb()
    {
        var yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 12; i++)
        {
            yaml.Append($"a{i}: &a{i} [*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1}]\n");
        }
        return yaml.Append("products: [*a11]\n").ToString();
    }
}
