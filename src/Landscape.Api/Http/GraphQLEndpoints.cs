using Landscape.Api.Graph;
using Landscape.Api.Http.Cors;
using Microsoft.Extensions.Options;

namespace Landscape.Api.Http;

public static class GraphQLEndpoints
{
    /// <summary>/graphql (GraphQL over HTTP, or GraphiQL for a browser), its assets and the schema's SDL.</summary>
    public static void MapGraphQLEndpoints(this WebApplication app)
    {
        app.UseEmbeddedAssets(GraphiQLPage.AssetPath, "graphiql");
        app.Map("/graphql", (HttpContext http, GraphQLHttpHandler handler) =>
            GraphiQLPage.IsRequested(http.Request) ? GraphiQLPage.WriteAsync(http) : handler.HandleAsync(http))
            .RequireCors(CorsSettings.PolicyName);
        // The SDL says what introspection says, so it is hidden when introspection is off.
        app.MapGet(SchemaSdl.Path, (LandscapeSchema schema, IOptions<GraphQLOptions> options) =>
                options.Value.EnableIntrospection
                    ? Results.Text(SchemaSdl.Print(schema), "text/plain; charset=utf-8")
                    : Results.NotFound())
            .RequireCors(CorsSettings.PolicyName)
            .ExcludeFromDescription();
    }
}
