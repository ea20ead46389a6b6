using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Data.Validation;

/// <summary>
/// The rules that span entries, each written once with its one message: every write (a mutation,
/// a seed folder, an import) runs them through <see cref="ICatalogLookup"/>, whatever holds the catalog.
/// </summary>
public static class CatalogRules
{
    /// <summary>A fact dated before its organization was founded is a typo.</summary>
    public static void NotBeforeFounding(WriteContext write, Organization? organization, DateOnly? date, string field)
    {
        if (date is { } day && day != default && organization?.FoundedYear is { } founded && day.Year < founded)
        {
            write.Report(field, ErrorCodes.BeforeFounding, $"{day:yyyy-MM-dd} is before {organization.Name} was founded ({founded}).");
        }
    }

    /// <summary>Moving a founding year later must not strand the organization's earlier facts before it.</summary>
    public static async Task FoundingNotAfterFactsAsync(WriteContext write, Organization organization)
    {
        if (organization.FoundedYear is { } founded && await write.Catalog.EarliestFactAsync(organization, write.CancellationToken) is { } earliest
            && earliest.Year < founded)
        {
            write.Report(nameof(Organization.FoundedYear), ErrorCodes.BeforeFounding,
                $"{organization.Name} has a fact dated {earliest:yyyy-MM-dd}, before {founded}.");
        }
    }

    /// <summary>A product sits only in categories of its own layer.</summary>
    public static void CategoriesInLayer(WriteContext write, Product product)
    {
        foreach (var link in product.Categories.Where(pc => pc.Category is not null && pc.Category.Layer != product.Layer))
        {
            write.Report(nameof(ProductFields.Categories), ErrorCodes.CategoryLayerMismatch,
                $"Category {link.Category.Slug} is in the {ConstantCase.Name(link.Category.Layer)} layer, not {ConstantCase.Name(product.Layer)}.");
        }
    }

    /// <summary>A lineage edge must not close a cycle: the parent may not be the model itself or one of its descendants.</summary>
    public static async Task<bool> NoCycleAsync(WriteContext write, Model model, Model parent, IReadOnlyList<string> field)
    {
        if (!await write.Catalog.DescendsFromAsync(parent, model, write.CancellationToken))
        {
            return true;
        }
        write.Report(field, ErrorCodes.LineageCycle, $"{parent.Slug} derives from {model.Slug} already; this edge would close a cycle.");
        return false;
    }

    /// <summary>
    /// Lineage means weights flow: SUCCESSOR stays within one organization's family; across
    /// organizations only the relations that inherit weights (fine-tune, distillation, continued
    /// pre-training, merge) apply.
    /// </summary>
    public static void SuccessorWithinOrganization(WriteContext write, Model model, Model parent, LineageRelation relation, IReadOnlyList<string> field)
    {
        var known = (model.Organization is not null || model.OrganizationId is not null) && (parent.Organization is not null || parent.OrganizationId is not null);
        var same = model.Organization is { } maker && parent.Organization is { } parentMaker
            ? ReferenceEquals(maker, parentMaker)
            : (model.Organization?.Id ?? model.OrganizationId) == (parent.Organization?.Id ?? parent.OrganizationId);
        if (relation == LineageRelation.Successor && known && !same)
        {
            write.Report(field, ErrorCodes.SuccessorAcrossOrganizations,
                $"{model.Slug} and {parent.Slug} are made by different organizations: SUCCESSOR stays within one; across organizations use FINE_TUNE, DISTILLATION, CONTINUED_PRETRAINING or MERGE.");
        }
    }

    /// <summary>An entry's identity (slug, URL, a round's or a usage fact's key) belongs to one entry only.</summary>
    public static async Task UniqueAsync<T>(WriteContext write, T entry) where T : class, IEntity
    {
        if (!await write.Catalog.IsTakenAsync(entry, write.CancellationToken))
        {
            return;
        }
        var (field, message) = entry switch
        {
            Organization o => (nameof(Organization.Slug), $"An organization with slug '{o.Slug}' exists already."),
            Product p => (nameof(Product.Slug), $"A product with slug '{p.Slug}' exists already."),
            Model m => (nameof(Model.Slug), $"A model with slug '{m.Slug}' exists already."),
            Category c => (nameof(Category.Slug), $"A category with slug '{c.Slug}' exists already."),
            Source s => (nameof(Source.Url), $"The source {s.Url} is listed already, with other details."),
            FundingRound r => (nameof(FundingRound.RoundType),
                $"{r.Organization.Name} already has a {ConstantCase.Name(r.RoundType)} round announced on {r.AnnouncedOn:yyyy-MM-dd}."),
            UsageMetric u => (nameof(UsageMetric.Metric), $"{u.Product.Name} already has {ConstantCase.Name(u.Metric)} as of {u.AsOf:yyyy-MM-dd} from this source."),
            _ => ("", "This entry exists already."),
        };
        write.Report(field, ErrorCodes.Duplicate, message);
    }
}
