using System.Data;
using Landscape.Data.Validation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Landscape.Data.Writing;

/// <summary>
/// The one transaction every write runs in — a mutation, an import, a seed load: the writer named
/// for the history, a short lock wait, the work, then all of it saved or none of it. Problems the
/// work reports, and the database's refusals (a stale version, a lock held too long, a value the
/// column cannot hold), come back as <see cref="WriteProblem"/>s with nothing written.
/// </summary>
public sealed class WriteTransaction(LandscapeDbContext db)
{
    /// <summary>How long a write waits for another writer's lock on the same entry before it is a CONFLICT.</summary>
    private const string SetLockTimeout = "SET LOCAL lock_timeout = '1s'";

    /// <param name="actor">Who writes, recorded in the history (null records none).</param>
    /// <param name="work">The write; it reports its problems to its own <see cref="WriteContext"/>, and returns them.</param>
    /// <param name="dryRun">Do everything, then roll back: the result says exactly what a real write would do.</param>
    public async Task<WriteResult<T>> RunAsync<T>(string? actor, Func<CancellationToken, Task<(T? Result, IReadOnlyList<WriteProblem> Problems)>> work,
        bool dryRun, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.Actor = actor;
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
                // Writers of one entry queue on its row lock; a short wait answers them CONFLICT,
                // which they retry like any concurrent edit, instead of a statement timeout.
                await db.Database.ExecuteSqlRawAsync(SetLockTimeout, ct);
                var (result, problems) = await work(ct);
                if (problems.Count > 0)
                {
                    await transaction.RollbackAsync(ct);
                    return new WriteResult<T>(default, problems);
                }
                await db.SaveChangesAsync(ct);
                if (dryRun)
                {
                    await transaction.RollbackAsync(ct);
                }
                else
                {
                    await transaction.CommitAsync(ct);
                }
                return new WriteResult<T>(result, []);
            }, cancellationToken);
        }
        catch (Exception e) when (Refusal(e) is { } problem)
        {
            return new WriteResult<T>(default, [problem]);
        }
        catch (DbUpdateConcurrencyException e)
        {
            var current = e.Entries.Count > 0 ? await e.Entries[0].GetDatabaseValuesAsync(cancellationToken) : null;
            var version = current?.TryGetValue<int>(nameof(Entities.IVersioned.Version), out var v) == true ? v : (int?)null;
            return new WriteResult<T>(default, [new WriteProblem([WriteContext.ExpectedVersionField], ErrorCodes.Conflict,
                version is null
                    ? "The entry was removed by someone else meanwhile."
                    : $"The entry was changed by someone else meanwhile; its current version is {version}. Reload it and apply your change again.")]);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.Actor = null;
        }
    }

    /// <summary>What the database refused that is the writer's to fix, not a bug.</summary>
    private static WriteProblem? Refusal(Exception e)
    {
        if (e is System.Text.EncoderFallbackException || e.InnerException is System.Text.EncoderFallbackException)
        {
            return new WriteProblem([], ErrorCodes.OutOfRange, "A text is not valid Unicode (an unpaired surrogate).");
        }
        return ((e as PostgresException) ?? (e.InnerException as PostgresException))?.SqlState switch
        {
            PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure =>
                new WriteProblem([WriteContext.ExpectedVersionField], ErrorCodes.Conflict,
                    "Someone else is changing the entry right now. Reload it and apply your change again."),
            PostgresErrorCodes.NumericValueOutOfRange => new WriteProblem([], ErrorCodes.OutOfRange, "A number is too large for its field."),
            PostgresErrorCodes.UniqueViolation => new WriteProblem([], ErrorCodes.Duplicate, "An entry with the same key was written meanwhile."),
            PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter =>
                new WriteProblem([], ErrorCodes.OutOfRange, "A text has a character the catalog cannot store (a NUL character, \\0)."),
            _ => null,
        };
    }
}

/// <summary>A write's result, or the problems that stopped it (nothing was written then).</summary>
public sealed record WriteResult<T>(T? Result, IReadOnlyList<WriteProblem> Problems);
