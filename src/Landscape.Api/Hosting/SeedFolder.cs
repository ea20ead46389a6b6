namespace Landscape.Api.Hosting;

public static class SeedFolder
{
    /// <summary>
    /// The configured folder, else the first `seed` folder found from the working directory or
    /// the app's own directory upwards (the repo's seed/ in development, /app/seed in the image).
    /// </summary>
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seed");
                if (File.Exists(Path.Combine(candidate, "README.md")) || File.Exists(Path.Combine(candidate, "taxonomy.yml")))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException(
            "No seed folder found; pass --path DIR or set Landscape:SeedPath.");
    }
}
