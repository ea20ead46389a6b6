using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Landscape.Data.Writing;

/// <summary>
/// Every save (sync or async) stamps versions and times from one clock, and, while a writer is
/// named (<see cref="LandscapeDbContext.Actor"/>), records each created, changed, archived or
/// removed entry in `changes` — before and after — in the same transaction.
/// </summary>
public sealed class HistoryInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    // The entries a save is about to write, per context, until it has written them and their ids are known.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, List<Pending>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Prepare(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Prepare(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Record(eventData.Context) is { } context)
        {
            context.SaveChanges();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Record(eventData.Context) is { } context)
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        return result;
    }

    private void Prepare(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        // Each save of an editable entry bumps its version; the UPDATE checks the version it was
        // read at (a concurrency token), so a stale writer fails instead of overwriting.
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.Version = 1;
                    entry.Entity.CreatedAt = now;
                    entry.Entity.UpdatedAt = now;
                    break;
                case EntityState.Modified:
                    entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
                    entry.Entity.UpdatedAt = now;
                    break;
            }
        }
        if (context is LandscapeDbContext { Actor: not null })
        {
            _pending.AddOrUpdate(context, [.. context.ChangeTracker.Entries<IEntity>()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                .Select(e => new Pending(e, ActionOf(e), e.State == EntityState.Added ? null : ChangeSnapshot.Of(e, original: true)))]);
        }
    }

    /// <summary>Adds the history of the save that just ran; the context to save it with, or null when there is none.</summary>
    private LandscapeDbContext? Record(DbContext? context)
    {
        if (context is not LandscapeDbContext { Actor: { } actor } db || !_pending.TryGetValue(context, out var pending))
        {
            return null;
        }
        _pending.Remove(context);
        if (pending.Count == 0)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        db.Changes.AddRange(pending.Select(p => new Change
        {
            At = now,
            Actor = actor,
            EntityType = p.Entry.Entity.GetType().Name,
            EntityId = p.Entry.Entity.Id,
            Action = p.Action,
            Before = p.Before,
            After = p.Action == ChangeAction.Delete ? null : ChangeSnapshot.Of(p.Entry, original: false),
        }));
        return db;
    }

    private static ChangeAction ActionOf(EntityEntry<IEntity> entry) => entry.State switch
    {
        EntityState.Added => ChangeAction.Create,
        EntityState.Deleted => ChangeAction.Delete,
        _ when entry.Metadata.FindProperty(nameof(IArchivable.ArchivedAt)) is { } archived
               && entry.Property(archived.Name).OriginalValue is null && entry.Property(archived.Name).CurrentValue is not null => ChangeAction.Archive,
        _ => ChangeAction.Update,
    };

    private sealed record Pending(EntityEntry<IEntity> Entry, ChangeAction Action, string? Before);
}
