using FluentValidation;
using Landscape.Data.Entities;
using Landscape.Data.Validation;

namespace Landscape.Data.Writing;

/// <summary>
/// One write's view of the catalog: what its references resolve to (<see cref="Catalog"/>), the
/// field validators, the clock, and the problems found so far. Every Apply reports here, so a
/// mutation, a seed folder and an import get the same problems for the same mistakes.
/// </summary>
public sealed class WriteContext(ICatalogLookup catalog, CatalogValidators validators, CancellationToken cancellationToken = default)
{
    private readonly List<WriteProblem> _problems = [];

    public ICatalogLookup Catalog { get; } = catalog;

    public CatalogValidators Validators { get; } = validators;

    public TimeProvider Clock => Validators.Clock;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IReadOnlyList<WriteProblem> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    public void Report(IReadOnlyList<string> field, string code, string message) => _problems.Add(new WriteProblem(field, code, message));

    public void Report(string field, string code, string message) => Report([field], code, message);

    /// <summary>Runs a field validator; each failure is reported at its property, below <paramref name="prefix"/>.</summary>
    public void Validate<T>(IValidator<T> validator, T entry, params string[] prefix)
    {
        foreach (var failure in validator.Validate(entry).Errors)
        {
            Report([.. prefix, failure.PropertyName], failure.ErrorCode, failure.ErrorMessage);
        }
    }

    /// <summary>The entry a reference names; null (and a problem at <paramref name="field"/>) when it names none.</summary>
    public async Task<T?> FindAsync<T>(string key, IReadOnlyList<string> field) where T : class, IEntity
    {
        var found = await Catalog.FindAsync<T>(key, CancellationToken);
        if (found.Entry is null)
        {
            Report(field, found.Code, found.Message);
        }
        return found.Entry;
    }

    /// <summary>The entries a list of references names, in order and once each; each reference that names none is a problem at its index.</summary>
    public async Task<List<T>> FindAllAsync<T>(IReadOnlyList<string> keys, string field) where T : class, IEntity
    {
        var entries = new List<T>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (await FindAsync<T>(keys[i], [field, i.ToString(System.Globalization.CultureInfo.InvariantCulture)]) is { } entry && !entries.Contains(entry))
            {
                entries.Add(entry);
            }
        }
        return entries;
    }

    /// <summary>
    /// The caller edits the version it read: another current version is a CONFLICT now, and the
    /// UPDATE re-checks it (the version is a concurrency token), so a concurrent writer cannot
    /// slip in between the read and the write.
    /// </summary>
    public void ExpectVersion(IVersioned entry, int expected)
    {
        if (entry.Version != expected)
        {
            Report(ExpectedVersionField, ErrorCodes.Conflict,
                $"The entry was changed since version {expected}; its current version is {entry.Version}. Reload it and apply your change again.");
        }
    }

    /// <summary>The field a stale version is reported at.</summary>
    public const string ExpectedVersionField = "ExpectedVersion";
}
