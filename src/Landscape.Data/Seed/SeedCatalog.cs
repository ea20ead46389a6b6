namespace Landscape.Data.Seed;

/// <summary>All entries of a set of seed documents, in reading order, with the problems found while reading.</summary>
public sealed class SeedCatalog
{
    /// <summary>What the documents are, for a problem no entry owns (the folder, or an import's document).</summary>
    public string Name { get; set; } = "";

    public List<SeedSource> Sources { get; } = [];
    public List<SeedCategory> Categories { get; } = [];
    public List<SeedOrganization> Organizations { get; } = [];
    public List<SeedModel> Models { get; } = [];
    public List<SeedProduct> Products { get; } = [];
    public List<SeedProblem> Problems { get; } = [];

    public void Add(string fileName, SeedFile file)
    {
        Stamp(fileName, file.Sources);
        Stamp(fileName, file.Categories);
        Stamp(fileName, file.Organizations);
        Stamp(fileName, file.Models);
        Stamp(fileName, file.Products);
        foreach (var organization in file.Organizations)
        {
            Stamp(fileName, organization.FundingRounds);
            foreach (var round in organization.FundingRounds)
            {
                Stamp(fileName, round.Investors);
            }
        }
        foreach (var model in file.Models)
        {
            Stamp(fileName, model.DerivedFrom);
        }
        foreach (var product in file.Products)
        {
            Stamp(fileName, product.Usage);
        }
        Sources.AddRange(file.Sources);
        Categories.AddRange(file.Categories);
        Organizations.AddRange(file.Organizations);
        Models.AddRange(file.Models);
        Products.AddRange(file.Products);
    }

    private static void Stamp(string fileName, IEnumerable<SeedEntry?> entries)
    {
        foreach (var entry in entries)
        {
            entry?.File = fileName;
        }
    }
}
