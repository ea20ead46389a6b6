using Landscape.Api.Graph;
using Landscape.Api.Http;
using Landscape.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Landscape.Tests.GraphQL;

/// <summary>
/// The printed schema must equal the committed src/Landscape.Api/schema.graphql, so every change
/// to the API's contract shows up in review. After an intended change, regenerate it with
///   UPDATE_SCHEMA_SNAPSHOT=1 dotnet test --filter FullyQualifiedName~SchemaSnapshotTests
/// </summary>
public sealed class SchemaSnapshotTests
{
    private static readonly string SnapshotPath = Path.Combine(RepositoryPaths.Root, "src", "Landscape.Api", "schema.graphql");

    [Fact]
    public async Task The_printed_schema_matches_the_committed_schema_graphql()
    {
        await using var factory = new LandscapeApiFactory(LandscapeApiFactory.NoDatabase);
        var printed = SchemaSdl.Print(factory.Services.GetRequiredService<LandscapeSchema>());

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA_SNAPSHOT") == "1")
        {
            await File.WriteAllTextAsync(SnapshotPath, printed);
        }
        var committed = File.Exists(SnapshotPath) ? (await File.ReadAllTextAsync(SnapshotPath)).ReplaceLineEndings("\n") : "";
        Assert.True(committed == printed,
            "The schema differs from src/Landscape.Api/schema.graphql. If the change is intended, run\n" +
            "  UPDATE_SCHEMA_SNAPSHOT=1 dotnet test --filter FullyQualifiedName~SchemaSnapshotTests\n" +
            "and commit the file.\n" + FirstDifference(committed, printed));
    }

    private static string FirstDifference(string committed, string printed)
    {
        var (before, after) = (committed.Split('\n'), printed.Split('\n'));
        for (var i = 0; i < Math.Max(before.Length, after.Length); i++)
        {
            var (old, now) = (i < before.Length ? before[i] : "<end>", i < after.Length ? after[i] : "<end>");
            if (old != now)
            {
                return $"First difference, line {i + 1}:\n  committed: {old}\n  printed:   {now}";
            }
        }
        return "";
    }
}
