using GraphQL;
using GraphQL.Types;

namespace Landscape.Api.Graph;

public sealed class LandscapeSchema : Schema
{
    public LandscapeSchema(IServiceProvider services, QueryType query, Mutations.MutationType mutation) : base(services)
    {
        Description = "Landscape: the AI product landscape — products, organizations, funding, usage and models, every fact dated and sourced.";
        Query = query;
        Mutation = mutation;
        // Replaces the built-in String (same name): see UnicodeStringGraphType. Before anything
        // below, which initializes the schema.
        RegisterType(new UnicodeStringGraphType());
        // Introspection costs nothing: GraphiQL and code generators send the full (deep) query on load.
        this.WithIntrospectionComplexityImpact(0);
    }
}
