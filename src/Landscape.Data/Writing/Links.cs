using Landscape.Data.Entities;

namespace Landscape.Data.Writing;

/// <summary>Replacing a link list (a product's categories, a round's investors, ...) without touching the links that stay.</summary>
internal static class Links
{
    /// <summary>Makes <paramref name="links"/> point at exactly <paramref name="wanted"/>; true when it changed.</summary>
    public static bool Sync<TLink, TTarget>(List<TLink> links, IReadOnlyList<TTarget> wanted, Func<TLink, (int Id, TTarget? Target)> targetOf,
        Func<TTarget, TLink> create)
        where TTarget : class, IEntity
    {
        static bool Same(TTarget entry, (int Id, TTarget? Target) link) =>
            ReferenceEquals(entry, link.Target) || (entry.Id != 0 && entry.Id == link.Id);

        var removed = links.RemoveAll(link => !wanted.Any(w => Same(w, targetOf(link))));
        var added = 0;
        foreach (var entry in wanted.Where(w => !links.Any(link => Same(w, targetOf(link)))))
        {
            links.Add(create(entry));
            added++;
        }
        return removed + added > 0;
    }
}
