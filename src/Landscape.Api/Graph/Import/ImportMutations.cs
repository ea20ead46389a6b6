using GraphQL;
using GraphQL.Types;
using Landscape.Api.Auth;
using Landscape.Api.Graph.Mutations;
using Landscape.Data;
using Landscape.Data.Entities;
using Landscape.Data.Seed;
using Landscape.Data.Validation;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Import;

/// <summary>
/// `importCatalog`: bulk entry in the seed format, all or nothing. The document is checked
/// together with what the catalog already holds (so it may refer to existing organizations,
/// models, categories and sources), then written in one transaction — or, with dryRun, written
/// and rolled back, so the counts say exactly what a real import would do.
/// </summary>
public sealed class ImportMutations : IMutationFields
{
    public const int MaxDocumentChars = 200_000;
    private const string DocumentName = "document";

    public void Register(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ImportCatalogPayloadGraphType>>("importCatalog")
            .Description("Adds or updates many entries at once from a document in the seed format (see seed/README.md): all of it, or nothing.")
            .Argument<NonNullGraphType<ImportCatalogInputGraphType>>("input", "The document and how to take it.")
            .ResolveAsync(async c => await ImportAsync(c));

    private static async Task<ImportResult> ImportAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var ct = context.CancellationToken;
        var caller = await WriteSession.Authorize(services.GetRequiredService<CallerResolver>(), ApiKeyRole.Analyst, ct);
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var document = input.GetValueOrDefault("document") as string ?? "";
        var dryRun = input.GetValueOrDefault("dryRun") as bool? ?? false;
        if (document.Length > MaxDocumentChars)
        {
            return ImportResult.Refused(dryRun, new UserError(["input", "document"], MutationErrorCodes.TooLarge,
                $"The document has {document.Length} characters; at most {MaxDocumentChars} are taken at once. Split it."));
        }

        var db = services.GetRequiredService<LandscapeDbContext>();
        var catalog = SeedReader.ReadDocument(DocumentName, document);
        var problems = await CheckAsync(db, catalog, document, services.GetRequiredService<CatalogValidators>(), ct);
        if (problems.Count > 0)
        {
            return new ImportResult(dryRun, null, problems, []);
        }

        db.ChangeTracker.Clear();
        db.AuditActor = caller.Actor;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var report = await new SeedImporter(db).ImportAsync(catalog, ct);
            if (dryRun)
            {
                await transaction.RollbackAsync(ct);
            }
            else
            {
                await transaction.CommitAsync(ct);
            }
            return new ImportResult(dryRun, report, [], []);
        }
        catch (Exception e) when (UnstorableValue(e) is { } reason)
        {
            // The seed validators check meaning, not bytes: PostgreSQL refuses a NUL character
            // ("\0" in a YAML string) or a number past its column's precision; the whole import
            // was rolled back, so it is the caller's document that is wrong.
            return ImportResult.Refused(dryRun, new UserError(["input", "document"], ErrorCodes.OutOfRange, reason));
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.AuditActor = null;
        }
    }

    private static string? UnstorableValue(Exception e) =>
        e is System.Text.EncoderFallbackException || e.InnerException is System.Text.EncoderFallbackException
            ? "The document has a string that is not valid Unicode (an unpaired surrogate)."
            : ((e as Npgsql.PostgresException) ?? (e.InnerException as Npgsql.PostgresException))?.SqlState switch
        {
            Npgsql.PostgresErrorCodes.CharacterNotInRepertoire or Npgsql.PostgresErrorCodes.UntranslatableCharacter =>
                "The document has a character the catalog cannot store (a NUL character, \\0).",
            Npgsql.PostgresErrorCodes.NumericValueOutOfRange => "The document has a number too large for its field.",
            _ => null,
        };

    /// <summary>
    /// The document's problems, judged against the catalog as it stands: what it refers to may
    /// already be stored. Stored entries are already valid, so they take part only as the keys and
    /// facts the checks look up (slugs, layers, founding years, lineage edges), not re-validated;
    /// an entry the document redefines is the document's.
    /// </summary>
    private static async Task<List<SeedProblem>> CheckAsync(LandscapeDbContext db, SeedCatalog catalog, string document,
        CatalogValidators validators, CancellationToken ct)
    {
        var union = SeedReader.ReadDocument(DocumentName, document);
        var sources = await db.Sources.AsNoTracking().Select(x => x.Url).ToListAsync(ct);
        var categories = await db.Categories.AsNoTracking().Select(x => new { x.Slug, x.Name, x.Layer }).ToListAsync(ct);
        var organizations = await db.Organizations.IgnoreQueryFilters().AsNoTracking()
            .Select(x => new { x.Slug, x.Name, x.Kind, x.FoundedYear }).ToListAsync(ct);
        var models = await db.Models.IgnoreQueryFilters().AsNoTracking()
            .Select(x => new { x.Slug, x.Name, x.Modality, Parents = x.DerivedFrom.Select(l => l.DerivedFrom.Slug).ToList() })
            .ToListAsync(ct);
        union.Add("(catalog)", new SeedFile
        {
            Sources = sources.Where(url => catalog.Sources.All(d => d.Url != url)).Select(url => new SeedSource { Url = url, Title = "(stored)" }).ToList(),
            Categories = categories.Where(x => catalog.Categories.All(d => d.Slug != x.Slug))
                .Select(x => new SeedCategory { Slug = x.Slug, Name = x.Name, Layer = ConstantCase.Name(x.Layer) }).ToList(),
            Organizations = organizations.Where(x => catalog.Organizations.All(d => d.Slug != x.Slug))
                .Select(x => new SeedOrganization { Slug = x.Slug, Name = x.Name, Kind = ConstantCase.Name(x.Kind), FoundedYear = x.FoundedYear }).ToList(),
            Models = models.Where(x => catalog.Models.All(d => d.Slug != x.Slug))
                .Select(x => new SeedModel
                {
                    Slug = x.Slug, Name = x.Name, Modality = ConstantCase.Name(x.Modality),
                    DerivedFrom = x.Parents.Select(p => new SeedLineage { Model = p, Relation = "SUCCESSOR" }).ToList(),
                }).ToList(),
        });
        return new SeedValidator(validators).Validate(union).Where(p => p.File == DocumentName).ToList();
    }
}

/// <summary>What an import did, would do (dry run), or why it did nothing.</summary>
public sealed record ImportResult(bool DryRun, SeedReport? Report, IReadOnlyList<SeedProblem> Problems, IReadOnlyList<UserError> UserErrors)
{
    public static ImportResult Refused(bool dryRun, UserError error) => new(dryRun, null, [], [error]);
}

public sealed class ImportCatalogInputGraphType : InputObjectGraphType
{
    public ImportCatalogInputGraphType()
    {
        Name = "ImportCatalogInput";
        Description = "A document in the seed format.";
        Field<NonNullGraphType<StringGraphType>>("document").Description($"The entries, as YAML or JSON with the seed files' keys (at most {ImportMutations.MaxDocumentChars} characters).");
        Field<ImportFormatGraphType>("format").Description("YAML (default) or JSON.").DefaultValue(ImportFormat.Yaml);
        Field<BooleanGraphType>("dryRun").Description("Check and count, but write nothing.").DefaultValue(false);
    }
}

public enum ImportFormat { Yaml, Json }

public sealed class ImportFormatGraphType : EnumerationGraphType<ImportFormat>
{
    public ImportFormatGraphType() => Description = "How the document is written (JSON is read as the YAML subset it is).";
}

public sealed class ImportCatalogPayloadGraphType : ObjectGraphType<ImportResult>
{
    public ImportCatalogPayloadGraphType()
    {
        Name = "ImportCatalogPayload";
        Description = "What the import did (or, in a dry run, would do), or every problem that stopped it.";
        Field<NonNullGraphType<BooleanGraphType>>("dryRun").Description("Whether nothing was written on purpose.").Resolve(c => c.Source.DryRun);
        Field<NonNullGraphType<BooleanGraphType>>("applied").Description("Whether the entries are now in the catalog.")
            .Resolve(c => c.Source.Report is not null && !c.Source.DryRun);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportCountGraphType>>>>("counts")
            .Description("Per kind of entry: created, updated, unchanged; empty when nothing was imported.")
            .Resolve(c => c.Source.Report?.Counts.Select(k => new ImportCount(k.Key, k.Value)).ToList() ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportProblemGraphType>>>>("problems")
            .Description("Every problem of the document, with its line; nothing is written while there is any.")
            .Resolve(c => c.Source.Problems);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("userErrors")
            .Description("Why the input as a whole was refused.").Resolve(c => c.Source.UserErrors);
    }
}

public sealed record ImportCount(string Kind, SeedCount Count);

public sealed class ImportCountGraphType : ObjectGraphType<ImportCount>
{
    public ImportCountGraphType()
    {
        Name = "ImportCount";
        Description = "How many entries of one kind the import created, updated or left unchanged.";
        Field<NonNullGraphType<StringGraphType>>("kind").Description("sources, categories, organizations, models, lineage, products, funding_rounds or usage_metrics.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("created").Description("New entries.").Resolve(c => c.Source.Count.Created);
        Field<NonNullGraphType<IntGraphType>>("updated").Description("Entries that changed.").Resolve(c => c.Source.Count.Updated);
        Field<NonNullGraphType<IntGraphType>>("unchanged").Description("Entries that were already so.").Resolve(c => c.Source.Count.Unchanged);
    }
}

public sealed class ImportProblemGraphType : ObjectGraphType<SeedProblem>
{
    public ImportProblemGraphType()
    {
        Name = "ImportProblem";
        Description = "A problem in the document, where it is and a stable code.";
        Field<NonNullGraphType<IntGraphType>>("line").Description("Line in the document.").Resolve(c => c.Source.Line);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The key the problem is about.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code (same as userErrors').").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong.").Resolve(c => c.Source.Message);
    }
}
