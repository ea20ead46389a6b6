using GraphQL.Types;
using GraphQLParser.AST;

namespace Landscape.Api.Graph.Types;

/// <summary>
/// The built-in `String`, refusing what PostgreSQL cannot store or Npgsql cannot encode: a NUL
/// character ("invalid byte sequence for encoding UTF8: 0x00") and a lone surrogate (no UTF-8
/// for it). Both came back as INTERNAL_ERROR from any filter, slug or mutation input; refused
/// here, they are a request error naming the argument.
/// </summary>
public sealed class UnicodeStringGraphType : StringGraphType
{
    public UnicodeStringGraphType()
    {
        Name = "String";
    }

    public override object? ParseLiteral(GraphQLValue value) => Check(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => Check(base.ParseValue(value));

    public override bool CanParseLiteral(GraphQLValue value) => base.CanParseLiteral(value) && IsStorable(base.ParseLiteral(value));

    public override bool CanParseValue(object? value) => base.CanParseValue(value) && IsStorable(base.ParseValue(value));

    private static object? Check(object? value) =>
        IsStorable(value) ? value : throw new FormatException("Strings may not contain NUL characters or unpaired surrogates.");

    private static bool IsStorable(object? value) =>
        value is not string text || (!text.Contains('\0', StringComparison.Ordinal) && !HasLoneSurrogate(text));

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
