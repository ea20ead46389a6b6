namespace Landscape.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The checkout's root: the first folder above the test binaries that holds Landscape.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Landscape.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Landscape.sln not found above " + AppContext.BaseDirectory);
    }
}
