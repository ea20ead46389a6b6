using System.Data;
using FluentValidation;
using GraphQL;
using Landscape.Api.Auth;
using Landscape.Data;
using Landscape.Data.Entities;
using Landscape.Data.Validation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Landscape.Api.Graph.Mutations;

/// <summary>
/// One mutation: who may run it, what is wrong with its input, and its write — the entity, its
/// links and its history records — in one transaction. Any user error, stale version or
/// constraint violation rolls everything back, so a failed mutation leaves no trace.
/// </summary>
public sealed class WriteSession
{
    private readonly List<UserError> _errors = [];

    private WriteSession(LandscapeDbContext db, Caller caller, CatalogValidators validators, MutationInput input)
    {
        Db = db;
        Caller = caller;
        Validators = validators;
        Input = input;
    }

    public LandscapeDbContext Db { get; }

    public Caller Caller { get; }

    public CatalogValidators Validators { get; }

    public MutationInput Input { get; }

    public bool HasErrors => _errors.Count > 0;

    public DateOnly Today => RuleExtensions.Today(Validators.Clock);

    /// <summary>Runs <paramref name="write"/> for a caller holding at least <paramref name="role"/>; its result is the payload's entity.</summary>
    public static async Task<Payload> RunAsync(IResolveFieldContext context, ApiKeyRole role, Func<WriteSession, Task<object?>> write)
    {
        var services = context.RequestServices!;
        var cancellationToken = context.CancellationToken;
        var caller = await Authorize(services.GetRequiredService<CallerResolver>(), role, cancellationToken);
        var db = services.GetRequiredService<LandscapeDbContext>();
        var input = new MutationInput(context.GetArgument<Dictionary<string, object?>>("input"), ["input"]);
        var session = new WriteSession(db, caller, services.GetRequiredService<CatalogValidators>(), input);
        db.ChangeTracker.Clear();
        db.AuditActor = caller.Actor;
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        try
        {
            // Writers of one entry queue on its row lock; under a burst the queue outlasted the
            // statement timeout and the waiters got INTERNAL_ERROR. A short lock wait answers them
            // CONFLICT instead, which they retry like any other concurrent edit.
            await db.Database.ExecuteSqlRawAsync(SetLockTimeout, cancellationToken);
            var entity = await write(session);
            if (session.HasErrors)
            {
                return Payload.Failed(session._errors);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Payload(entity, []);
        }
        catch (InputOutOfRangeException e)
        {
            return Payload.Failed([new UserError(e.Field, ErrorCodes.OutOfRange, "The value is out of range for this field.")]);
        }
        catch (Exception e) when (IsContention(e))
        {
            return Payload.Failed([new UserError(input.PathTo("expectedVersion"), MutationErrorCodes.Conflict,
                "Someone else is changing the entry right now. Reload it and apply your change again.")]);
        }
        catch (DbUpdateConcurrencyException e)
        {
            var current = e.Entries.Count > 0 ? await e.Entries[0].GetDatabaseValuesAsync(cancellationToken) : null;
            var version = current?.TryGetValue<int>(nameof(IVersioned.Version), out var v) == true ? v : (int?)null;
            return Payload.Failed([new UserError(input.PathTo("expectedVersion"), MutationErrorCodes.Conflict,
                version is null
                    ? "The entry was removed by someone else meanwhile."
                    : $"The entry was changed by someone else meanwhile; its current version is {version}. Reload it and apply your change again.")]);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.NumericValueOutOfRange })
        {
            // A decimal within .NET's range but past the column's precision (numeric(p, s)).
            return Payload.Failed([new UserError(input.Path, ErrorCodes.OutOfRange, "A number is too large for its field.")]);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Payload.Failed([new UserError(input.Path, ErrorCodes.Duplicate, "An entry with the same key was written meanwhile.")]);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.AuditActor = null;
        }
    }

    /// <summary>How long a write waits for another writer's lock on the same entry before it is a CONFLICT.</summary>
    private const string SetLockTimeout = "SET LOCAL lock_timeout = '1s'";

    private static bool IsContention(Exception e) =>
        ((e as PostgresException) ?? (e.InnerException as PostgresException))?.SqlState
            is PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure;

    public static async Task<Caller> Authorize(CallerResolver callers, ApiKeyRole role, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        if (!caller.IsAuthenticated)
        {
            throw new ExecutionError(callers.PresentedKey
                ? "The API key is not valid (unknown or revoked)."
                : "Writing needs an API key: send `Authorization: Bearer <key>` or `X-Api-Key: <key>`.")
            {
                Code = MutationErrorCodes.Unauthenticated,
            };
        }
        if (caller.Role < role)
        {
            throw new ExecutionError($"This needs a key with the {ConstantCase.Name(role)} role; yours is {ConstantCase.Name(caller.Role!.Value)}.")
            {
                Code = MutationErrorCodes.Forbidden,
            };
        }
        return caller;
    }

    public void Error(IReadOnlyList<string> field, string code, string message) => _errors.Add(new UserError(field, code, message));

    /// <summary>Runs a shared validator; each failure becomes a user error at its input field ("SourceUrl" → source.url).</summary>
    public void Validate<T>(AbstractValidator<T> validator, T fields, MutationInput at)
    {
        foreach (var failure in validator.Validate(fields).Errors)
        {
            var path = failure.PropertyName == "SourceUrl"
                ? at.PathTo("source", "url")
                : at.PathTo(FieldNames.ToCamelCase(failure.PropertyName));
            Error(path, failure.ErrorCode, failure.ErrorMessage);
        }
    }

    /// <summary>The live entity a global id names, tracked for change; a user error (and null) when the id is wrong or gone.</summary>
    public async Task<T?> FindAsync<T>(IQueryable<T> query, string? globalId, string type, IReadOnlyList<string> field)
        where T : class, IEntity
    {
        if (string.IsNullOrEmpty(globalId))
        {
            Error(field, ErrorCodes.Required, "Required.");
            return null;
        }
        if (!GlobalId.TryDecode(globalId, out var actualType, out var id) || actualType != type)
        {
            Error(field, ApiErrorCodes.InvalidId, $"Not the id of a {type}.");
            return null;
        }
        var entity = await query.FirstOrDefaultAsync(e => e.Id == id);
        if (entity is null)
        {
            Error(field, MutationErrorCodes.NotFound, $"No {type} with this id (it may have been archived or removed).");
        }
        return entity;
    }

    /// <summary>
    /// Checks the caller edits the version it read: a different current version is a CONFLICT now,
    /// and the UPDATE itself re-checks it, so a concurrent writer cannot slip in between.
    /// </summary>
    public void ExpectVersion<T>(T entity, MutationInput at) where T : class, IVersioned
    {
        if (at.Get<int?>("expectedVersion") is not { } expected)
        {
            Error(at.PathTo("expectedVersion"), ErrorCodes.Required, "Required: the version you read, to detect concurrent edits.");
            return;
        }
        if (entity.Version != expected)
        {
            Error(at.PathTo("expectedVersion"), MutationErrorCodes.Conflict,
                $"The entry was changed since version {expected}; its current version is {entity.Version}. Reload it and apply your change again.");
            return;
        }
        Db.Entry(entity).Property(e => e.Version).OriginalValue = expected;
    }

    /// <summary>The source a fact cites: an existing one by URL, or a new one from the input's title and publisher.</summary>
    public async Task<Source?> SourceAsync(MutationInput at)
    {
        if (at.Nested("source") is not { } input)
        {
            Error(at.PathTo("source"), ErrorCodes.SourceRequired, "Every fact needs a source (url, title, publisher, publishedOn).");
            return null;
        }
        var url = input.Get<string>("url");
        var existing = url is null ? null : await Db.Sources.FirstOrDefaultAsync(s => s.Url == url);
        if (existing is not null)
        {
            return existing;
        }
        var fields = new SourceFields(url, input.Get<string>("title"), input.Get<string>("publisher"),
            input.Get<DateOnly?>("publishedOn"), input.Get<DateOnly?>("retrievedOn") ?? Today);
        var before = _errors.Count;
        Validate(Validators.Source, fields, input);
        if (_errors.Count > before)
        {
            return null;
        }
        var source = new Source
        {
            Url = url!, Title = fields.Title!, Publisher = fields.Publisher, PublishedOn = fields.PublishedOn, RetrievedOn = fields.RetrievedOn,
        };
        Db.Sources.Add(source);
        return source;
    }

    /// <summary>A fact dated before its organization was founded is a typo.</summary>
    public void CheckFounding(Organization? organization, DateOnly? date, IReadOnlyList<string> field)
    {
        if (date is { } day && organization?.FoundedYear is { } founded && day.Year < founded)
        {
            Error(field, ErrorCodes.BeforeFounding, $"{day:yyyy-MM-dd} is before {organization.Name} was founded ({founded}).");
        }
    }

    /// <summary>Archives the entry the input's id names, at the version the caller read.</summary>
    public async Task<object?> ArchiveAsync<T>(IQueryable<T> entries, string type) where T : class, IEntity, IVersioned, IArchivable
    {
        var entry = await FindAsync(entries, Input.Get<string>("id"), type, Input.PathTo("id"));
        if (entry is null)
        {
            return null;
        }
        ExpectVersion(entry, Input);
        entry.ArchivedAt = Validators.Clock.GetUtcNow();
        return entry;
    }

    /// <summary>Deletes the fact the input's id names, at the version the caller read (its history stays).</summary>
    public async Task<object?> RemoveAsync<T>(DbSet<T> facts, string type) where T : class, IEntity, IVersioned
    {
        var fact = await FindAsync(facts, Input.Get<string>("id"), type, Input.PathTo("id"));
        if (fact is null)
        {
            return null;
        }
        ExpectVersion(fact, Input);
        facts.Remove(fact);
        return fact;
    }
}
