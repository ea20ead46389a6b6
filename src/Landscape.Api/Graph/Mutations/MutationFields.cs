using GraphQL;
using GraphQL.Types;
using Landscape.Api.Auth;
using Landscape.Data;
using Landscape.Data.Entities;
using Landscape.Data.Validation;
using Landscape.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Mutations;

/// <summary>What a mutation's write works with: the write context (rules, references), the tracked entities and the caller.</summary>
public sealed record MutationWrite(WriteContext Write, LandscapeDbContext Db, Caller Caller);

public static class MutationFields
{
    /// <summary>
    /// A mutation field taking one typed `input` and answering its own payload type with the written
    /// entity in <paramref name="entityField"/>: the caller is checked first, then <paramref name="write"/>
    /// runs in one <see cref="WriteTransaction"/>; its problems are the payload's userErrors, at the input's field names.
    /// </summary>
    public static void AddMutation<TEntityGraphType, TInputGraphType, TInput>(this ObjectGraphType mutation, string name, string entityField,
        string description, ApiKeyRole role, Func<TInput, MutationWrite, Task<object?>> write)
        where TEntityGraphType : IGraphType
        where TInputGraphType : IInputObjectGraphType =>
        mutation.Field(name, new NonNullGraphType(new PayloadGraphType<TEntityGraphType>(name, entityField)))
            .Description(role == ApiKeyRole.Admin ? description + " Needs an ADMIN key." : description)
            .Argument<NonNullGraphType<TInputGraphType>>("input", "What to write.")
            .ResolveAsync(async c => await RunAsync(c, role, write));

    private static async Task<Payload> RunAsync<TInput>(IResolveFieldContext context, ApiKeyRole role, Func<TInput, MutationWrite, Task<object?>> write)
    {
        var services = context.RequestServices!;
        var caller = await AuthorizeAsync(services.GetRequiredService<CallerResolver>(), role, context.CancellationToken);
        var inputType = (IInputObjectGraphType)((NonNullGraphType)context.FieldDefinition.Arguments!.Find("input")!.ResolvedType!).ResolvedType!;
        var argument = context.Arguments?["input"].Value;
        if (argument is InputOutOfRangeException outOfRange)
        {
            return Payload.Failed([new UserError(["input", .. outOfRange.Field], ErrorCodes.OutOfRange, "The value is out of range for this field.")]);
        }
        var input = (TInput)argument!;
        var db = services.GetRequiredService<LandscapeDbContext>();
        var result = await new WriteTransaction(db).RunAsync(caller.Actor, async ct =>
        {
            var writing = new WriteContext(new DatabaseCatalog(db), services.GetRequiredService<CatalogValidators>(), ct);
            var entity = await write(input, new MutationWrite(writing, db, caller));
            return (entity, writing.Problems);
        }, dryRun: false, context.CancellationToken);
        return result.Problems.Count == 0
            ? new Payload(result.Result, [])
            : Payload.Failed([.. result.Problems.Select(p => new UserError(InputFieldBinding.PathOf(inputType, p.Field), p.Code, p.Message))]);
    }

    public static async Task<Caller> AuthorizeAsync(CallerResolver callers, ApiKeyRole role, CancellationToken cancellationToken)
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

    /// <summary>Adds a new entry once its fields are applied without a problem.</summary>
    public static async Task<object?> CreateAsync<T>(T entry, MutationWrite m, Func<T, Task> apply) where T : class
    {
        await apply(entry);
        if (m.Write.HasProblems)
        {
            return null;
        }
        m.Db.Add(entry);
        return entry;
    }

    /// <summary>
    /// Applies the fields to the live entry an id names, at the version the caller read, with the
    /// <paramref name="navigations"/> its rules look at loaded first.
    /// </summary>
    public static async Task<object?> UpdateAsync<T>(string id, int expectedVersion, MutationWrite m, Func<T, Task> apply,
        params string[] navigations) where T : class, IEntity, IVersioned
    {
        if (await m.Write.FindAsync<T>(id, ["Id"]) is not { } entry)
        {
            return null;
        }
        foreach (var navigation in navigations)
        {
            await m.Db.Entry(entry).Navigation(navigation).LoadAsync(m.Write.CancellationToken);
        }
        m.Write.ExpectVersion(entry, expectedVersion);
        await apply(entry);
        return m.Write.HasProblems ? null : entry;
    }

    /// <summary>Archives the live entry an id names, at the version the caller read (it leaves every read; its history stays).</summary>
    public static async Task<object?> ArchiveAsync<T>(ArchiveInput input, MutationWrite m) where T : class, IEntity, IVersioned, IArchivable
    {
        if (await m.Write.FindAsync<T>(input.Id, [nameof(ArchiveInput.Id)]) is not { } entry)
        {
            return null;
        }
        m.Write.ExpectVersion(entry, input.ExpectedVersion);
        entry.ArchivedAt = m.Write.Clock.GetUtcNow();
        return entry;
    }

    /// <summary>Deletes the fact an id names, at the version the caller read (its history stays).</summary>
    public static async Task<object?> RemoveAsync<T>(RemoveInput input, MutationWrite m) where T : class, IEntity, IVersioned
    {
        if (await m.Write.FindAsync<T>(input.Id, [nameof(RemoveInput.Id)]) is not { } fact)
        {
            return null;
        }
        m.Write.ExpectVersion(fact, input.ExpectedVersion);
        m.Db.Remove(fact);
        return fact;
    }
}
