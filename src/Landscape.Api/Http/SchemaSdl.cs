using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Landscape.Api.Http;

/// <summary>The schema as SDL, printed one way for GET /graphql/schema.graphql and the committed snapshot.</summary>
public static class SchemaSdl
{
    public const string Path = "/graphql/schema.graphql";

    public static string Print(ISchema schema) => schema.Print(new PrintOptions
    {
        IncludeDescriptions = true,
        IncludeDeprecationReasons = true,
        // Sorted, so that the snapshot changes only when the schema does.
        StringComparison = StringComparison.Ordinal,
    }).ReplaceLineEndings("\n");
}
