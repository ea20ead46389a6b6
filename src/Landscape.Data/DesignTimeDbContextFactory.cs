using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Landscape.Data;

/// <summary>Lets `dotnet ef` build the model without starting the API; no database is contacted to add a migration.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LandscapeDbContext>
{
    public LandscapeDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Landscape")
            ?? "Host=127.0.0.1;Database=landscape;Username=landscape";
        var options = new DbContextOptionsBuilder<LandscapeDbContext>();
        options.UseLandscapeDatabase(connectionString);
        return new LandscapeDbContext(options.Options);
    }
}
