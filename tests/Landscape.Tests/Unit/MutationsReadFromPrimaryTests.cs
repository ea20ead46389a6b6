using GraphQL;
using GraphQL.Types;
using Landscape.Api.Graph.Pipeline;
using Landscape.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Landscape.Tests.Unit;

public sealed class MutationsReadFromPrimaryTests
{
    [Theory]
    [InlineData("{ ping }", false)]
    [InlineData("mutation { touch }", true)]
    public async Task Only_a_mutation_sends_the_request_s_reads_to_the_primary(string document, bool readsFromPrimary)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("ping").Resolve(_ => "pong");
        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<StringGraphType>("touch").Resolve(_ => "touched");
        using var schema = new Schema { Query = query, Mutation = mutation };
        await using var services = new ServiceCollection().AddScoped<ReadYourWrites>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();

        var result = await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = document;
            o.RequestServices = scope.ServiceProvider;
            o.Listeners.Add(new MutationsReadFromPrimary());
        });

        Assert.Null(result.Errors);
        Assert.Equal(readsFromPrimary, scope.ServiceProvider.GetRequiredService<ReadYourWrites>().Wrote);
    }
}
