using System.Text;
using System.Text.Json;
using GraphQL.Types;

namespace Landscape.Tests.Hostile;

/// <summary>
/// Random documents that are valid by the schema but nasty in their values: random fields and
/// nested selections (up to a few levels), every argument of the right type with extreme ints,
/// empty, huge and odd-Unicode strings, far past and future dates, random enum values and
/// valid-looking ids. The same seed builds the same documents.
/// </summary>
public sealed class RandomDocumentBuilder(ISchema schema, Random random, IReadOnlyList<string> ids)
{
    private const int MaxDepth = 4;

    private static readonly string[] Strings =
    [
        "", " ", "chatgpt", "openai", "llama-65b", "'; DROP TABLE products; --", "<script>alert(1)</script>", "\u202egnp.exe",
        "\u200b\u200d\ufeff", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\ud83d\ude00\ud83d\udc69\u200d\ud83d\udc67", "%_\\", "gpt:* & !chat",
        new string('x', 5000), new string('\u00e9', 2000), "US", "ZZ", "https://example.com/" + Guid.Empty, "javascript:alert(1)", "2024-02-30",
    ];

    private static readonly long[] Ints = [0, 1, -1, 2, 5, 100, 101, int.MaxValue, int.MinValue, 15, 16];

    private static readonly long[] Longs = [0, -1, long.MaxValue, long.MinValue, 1_000_000_000_000, int.MaxValue + 1L];

    private static readonly string[] Floats = ["0", "-0.0", "1e308", "-1e308", "5e-324", "0.01", "123456789012345678901234567890", "3.14"];

    private static readonly string[] NodeTypes = ["Product", "Organization", "Model", "FundingRound", "UsageMetric", "Category"];

    private static readonly string[] Dates = ["0001-01-01", "1970-01-01", "2022-11-30", "2024-02-29", "2099-12-31", "9999-12-31"];

    public bool IsMutation { get; private set; }

    public string Build()
    {
        IsMutation = schema.Mutation is not null && random.NextDouble() < 0.15;
        var root = IsMutation ? schema.Mutation! : schema.Query;
        var builder = new StringBuilder(IsMutation ? "mutation " : "query ");
        Selection(builder, root, 0, IsMutation ? 1 : random.Next(1, 4));
        return builder.ToString();
    }

    private void Selection(StringBuilder builder, IGraphType type, int depth, int count)
    {
        builder.Append("{ __typename ");
        switch (type)
        {
            case IComplexGraphType complex:
                var fields = complex.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
                foreach (var field in Pick(fields, count))
                {
                    Field(builder, field, depth);
                }
                if (type is IInterfaceGraphType node && node.PossibleTypes.Count > 0)
                {
                    var possible = node.PossibleTypes.ElementAt(random.Next(node.PossibleTypes.Count));
                    builder.Append("... on ").Append(possible.Name).Append(' ');
                    Selection(builder, possible, depth, random.Next(1, 3));
                }
                break;
            case UnionGraphType union:
                foreach (var possible in Pick(union.PossibleTypes.ToList(), random.Next(1, union.PossibleTypes.Count + 1)))
                {
                    builder.Append("... on ").Append(possible.Name).Append(' ');
                    Selection(builder, possible, depth, random.Next(1, 3));
                }
                break;
        }
        builder.Append("} ");
    }

    private void Field(StringBuilder builder, FieldType field, int depth)
    {
        var named = Named(field.ResolvedType!);
        var composite = named is IComplexGraphType or UnionGraphType;
        if (composite && depth >= MaxDepth)
        {
            return;
        }
        builder.Append(field.Name);
        var arguments = (field.Arguments ?? []).Where(a => a.ResolvedType is NonNullGraphType || random.NextDouble() < 0.5).ToList();
        if (arguments.Count > 0)
        {
            builder.Append('(').AppendJoin(", ", arguments.Select(a => $"{a.Name}: {Value(a.ResolvedType!, 0)}")).Append(')');
        }
        builder.Append(' ');
        if (composite)
        {
            Selection(builder, named, depth + 1, random.Next(1, 4));
        }
    }

    private string Value(IGraphType type, int nesting)
    {
        if (type is NonNullGraphType nonNull)
        {
            return Value(nonNull.ResolvedType!, nesting);
        }
        if (random.NextDouble() < 0.1)
        {
            return "null";
        }
        return type switch
        {
            ListGraphType list => "[" + string.Join(", ", Enumerable.Range(0, random.Next(0, 4)).Select(_ => Value(list.ResolvedType!, nesting + 1))) + "]",
            EnumerationGraphType enumeration => enumeration.Values.ElementAt(random.Next(enumeration.Values.Count)).Name,
            IInputObjectGraphType input => "{" + string.Join(", ", input.Fields
                .Where(f => f.ResolvedType is NonNullGraphType || (nesting < 3 && random.NextDouble() < 0.5))
                .Select(f => $"{f.Name}: {Value(f.ResolvedType!, nesting + 1)}")) + "}",
            _ => Scalar(type.Name),
        };
    }

    private string Scalar(string name) => name switch
    {
        "Int" => Ints[random.Next(Ints.Length)].ToString(System.Globalization.CultureInfo.InvariantCulture),
        "Long" => Longs[random.Next(Longs.Length)].ToString(System.Globalization.CultureInfo.InvariantCulture),
        "Float" => Floats[random.Next(Floats.Length)],
        "Boolean" => random.Next(2) == 0 ? "true" : "false",
        "Date" => Quote(Dates[random.Next(Dates.Length)]),
        "DateTimeOffset" => Quote("2024-01-01T00:00:00+14:00"),
        "ID" => Quote(random.NextDouble() < 0.7 ? ids[random.Next(ids.Count)] : Convert.ToBase64String(Encoding.UTF8.GetBytes(
            $"{NodeTypes[random.Next(NodeTypes.Length)]}:{random.Next(-5, 100_000)}"))),
        _ => Quote(Strings[random.Next(Strings.Length)]),
    };

    // JSON string literals are GraphQL string literals (the same escapes).
    private static string Quote(string text) => JsonSerializer.Serialize(text);

    private static IGraphType Named(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Named(nonNull.ResolvedType!),
        ListGraphType list => Named(list.ResolvedType!),
        _ => type,
    };

    private List<T> Pick<T>(List<T> items, int count) => items.OrderBy(_ => random.Next()).Take(Math.Min(count, items.Count)).ToList();
}
