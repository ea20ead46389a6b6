using System.Text.Json.Nodes;
using Landscape.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Landscape.Tests.Hostile;

/// <summary>
/// Every request of the hostile corpus answers 2xx or 4xx with nothing internal in it, and the
/// service is as up and correct afterwards as before.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class HostileInputTests(DatabaseFixture database, ITestOutputHelper output)
{
    // Data the corpus cannot change: no corpus request reaches these entries with a valid write.
    private const string FixedQuery = """
        { product(slug: "chatgpt") { name slug layer launchedOn organization { name slug } categories { slug } usage(first: 5) { nodes { value asOf } } }
          organization(slug: "anthropic") { name fundingRounds(first: 5) { nodes { announcedOn amountUsd } } }
          model(slug: "llama-65b") { name parameters derivatives { slug } }
          categories(layer: MODEL) { slug name } }
        """;

    [Fact]
    public async Task The_hostile_corpus_gets_no_5xx_no_leak_and_leaves_the_service_correct()
    {
        await using var api = await HostileApi.StartAsync(database, isolated: "hostile_corpus");
        using var client = api.Factory.CreateClient();
        var before = (await client.DataAsync(FixedQuery)).ToJsonString();

        var corpus = HostileCorpus.Load(api.Ids);
        var failures = new List<string>();
        var serverErrors = 0;
        var statuses = new SortedDictionary<int, int>();
        // A few at a time, as clients would: the corpus stays quick, and concurrent hostile writes are part of it.
        var gate = new object();
        await Parallel.ForEachAsync(corpus, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, _) =>
        {
            var (status, problems, body) = await api.SendAsync(client, request);
            lock (gate)
            {
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                serverErrors += status >= 500 ? 1 : 0;
                if (problems.Count > 0)
                {
                    failures.Add($"{request}: {string.Join(", ", problems)}\n    {(body.Length > 400 ? body[..400] + "…" : body)}");
                }
            }
        });

        var after = (await client.DataAsync(FixedQuery)).ToJsonString();
        output.WriteLine($"Hostile corpus: {corpus.Count} requests, {serverErrors} answered 5xx, {failures.Count} unacceptable.");
        output.WriteLine("Statuses: " + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")));
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }
        Assert.True(corpus.Count >= 200, $"The corpus has only {corpus.Count} requests.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {corpus.Count} hostile requests were answered badly:\n" + string.Join('\n', failures));
        Assert.Equal(before, after);
        Assert.Equal("ChatGPT", (string?)JsonNode.Parse(after)!["product"]!["name"]);
    }
}
