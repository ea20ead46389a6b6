using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Commands;

/// <summary>`seed validate` reads files only: no connection string, no database, nothing connects.</summary>
public sealed class SeedValidateWithoutDatabaseTests : IDisposable
{
    private readonly string _broken = Path.Combine(Path.GetTempPath(), "landscape-broken-seed-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task The_repository_seed_is_valid_with_no_connection_string_set()
    {
        var result = await ServiceBinary.RunAsync(OperatorEnvironment.Production(), "seed", "validate", "--path", RepositoryPaths.Seed);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(": valid — ", result.Output, StringComparison.Ordinal);
        Assert.True(result.Errors.Trim().Length == 0, result.ToString());
    }

    [Fact]
    public async Task A_broken_folder_exits_1_and_lists_its_problems_with_no_connection_string_set()
    {
        Directory.CreateDirectory(_broken);
        await File.WriteAllTextAsync(Path.Combine(_broken, "broken.yml"), """
            organizations:
              - slug: Not A Slug
                name: Broken
                kind: COMPANY
            products:
              - slug: broken-product
                name: Broken product
                layer: NOWHERE
            """);

        var result = await ServiceBinary.RunAsync(OperatorEnvironment.Production(), "seed", "validate", "--path", _broken);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.StartsWith("broken.yml:2: ", StringComparison.Ordinal) && l.EndsWith("[INVALID_SLUG]", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith("broken.yml:", StringComparison.Ordinal) && l.EndsWith("[INVALID_ENUM]", StringComparison.Ordinal));
        Assert.Matches("^[0-9]+ problem\\(s\\) in ", result.ErrorLines[^1]);
        Assert.DoesNotContain("ConnectionStrings", result.Errors, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_broken))
        {
            Directory.Delete(_broken, recursive: true);
        }
    }
}
