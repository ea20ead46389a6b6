using Landscape.Data;
using Landscape.Data.Seed;
using Landscape.Data.Validation;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Hosting;

/// <summary>Validates and loads a seed folder in one transaction: all of it or, on any problem, nothing.</summary>
public sealed class CatalogSeeder(LandscapeDbContext db, CatalogValidators validators)
{
    public async Task<(SeedReport? Report, IReadOnlyList<SeedProblem> Problems)> SeedAsync(string folder, CancellationToken cancellationToken)
    {
        var catalog = SeedReader.ReadDirectory(folder);
        var problems = new SeedValidator(validators).Validate(catalog);
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var strategy = db.Database.CreateExecutionStrategy();
        var report = await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await new SeedImporter(db).ImportAsync(catalog, ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
        db.ChangeTracker.Clear();
        return (report, problems);
    }
}
