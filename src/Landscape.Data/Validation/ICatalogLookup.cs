using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Data.Validation;

/// <summary>
/// What a write needs to know about the rest of the catalog: the entries its references name and
/// the facts the cross-entity rules check. The database implements it for mutations; the working
/// catalog of a seed folder or an import document (with or without the stored entries) for the rest.
/// </summary>
public interface ICatalogLookup
{
    /// <summary>
    /// The entry <paramref name="key"/> names: a global id in the API (a slug for categories),
    /// a slug in seed files; sources always by URL.
    /// </summary>
    Task<Found<T>> FindAsync<T>(string key, CancellationToken cancellationToken) where T : class, IEntity;

    /// <summary>
    /// Whether another entry holds this one's identity: a slug, a source's URL, a round's
    /// organization, type and day, a usage fact's product, metric, day and source.
    /// </summary>
    Task<bool> IsTakenAsync<T>(T entry, CancellationToken cancellationToken) where T : class, IEntity;

    /// <summary>Whether <paramref name="model"/> is <paramref name="ancestor"/> or derives from it, through any number of edges.</summary>
    Task<bool> DescendsFromAsync(Model model, Model ancestor, CancellationToken cancellationToken);

    /// <summary>The earliest dated fact of the organization's own (a product launch, a model release, a round).</summary>
    Task<DateOnly?> EarliestFactAsync(Organization organization, CancellationToken cancellationToken);
}
