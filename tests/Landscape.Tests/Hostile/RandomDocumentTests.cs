using System.Text;
using System.Text.Json;
using Landscape.Api.Graph;
using Landscape.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Landscape.Tests.Hostile;

/// <summary>A few hundred random, schema-valid, value-hostile documents: errors are allowed, 5xx and leaks are not.</summary>
[Collection(PostgresGroup.Name)]
public sealed class RandomDocumentTests(DatabaseFixture database, ITestOutputHelper output)
{
    private const int Seed = 20_260_801;
    private const int Documents = 300;

    [Fact]
    public async Task Random_schema_valid_documents_with_nasty_values_get_no_5xx_and_no_leak()
    {
        await using var api = await HostileApi.StartAsync(database);
        using var client = api.Factory.CreateClient();
        var schema = api.Factory.Services.GetRequiredService<LandscapeSchema>();
        schema.Initialize();
        var builder = new RandomDocumentBuilder(schema, new Random(Seed), [.. api.Ids.Values]);

        output.WriteLine($"Seed {Seed}, {Documents} documents.");
        var withErrors = 0;
        for (var i = 0; i < Documents; i++)
        {
            var document = builder.Build();
            var body = Encoding.UTF8.GetBytes("{\"query\":" + JsonSerializer.Serialize(document) + "}");
            var request = new HostileRequest($"random #{i}", "POST", "/graphql", new Dictionary<string, string>(), body,
                builder.IsMutation ? HostileAuth.Analyst : HostileAuth.None);
            var (status, problems, answer) = await api.SendAsync(client, request);
            withErrors += answer.Contains("\"errors\"", StringComparison.Ordinal) ? 1 : 0;
            Assert.True(problems.Count == 0,
                $"Seed {Seed}, document #{i} answered HTTP {status}: {string.Join(", ", problems)}\n{document}\n{(answer.Length > 1000 ? answer[..1000] : answer)}");
        }
        output.WriteLine($"{Documents} documents, {withErrors} answered with (allowed) errors, none with 5xx or a leak.");
    }
}
