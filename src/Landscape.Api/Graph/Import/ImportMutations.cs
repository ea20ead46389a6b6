using GraphQL;
using GraphQL.Types;
using Landscape.Api.Auth;
using Landscape.Api.Graph.Mutations;
using Landscape.Data;
using Landscape.Data.Entities;
using Landscape.Data.Seed;
using Landscape.Data.Validation;

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
        var caller = await MutationFields.AuthorizeAsync(services.GetRequiredService<CallerResolver>(), ApiKeyRole.Analyst, context.CancellationToken);
        var input = context.GetArgument<ImportCatalogInput>("input");
        if (input.Document.Length > MaxDocumentChars)
        {
            return ImportResult.Refused(input.DryRun, new UserError(["input", "document"], MutationErrorCodes.TooLarge,
                $"The document has {input.Document.Length} characters; at most {MaxDocumentChars} are taken at once. Split it."));
        }
        // The document is checked together with the stored catalog, so it may refer to stored
        // organizations, models, categories and sources.
        var result = await new SeedPipeline(services.GetRequiredService<CatalogValidators>()).LoadAsync(
            SeedReader.ReadDocument(DocumentName, input.Document), services.GetRequiredService<LandscapeDbContext>(), caller.Actor,
            input.DryRun, context.CancellationToken);
        if (result.Report is not null)
        {
            return new ImportResult(input.DryRun, result.Report, [], []);
        }
        // A refusal of the database (a NUL character, a number past a column's precision) is about the document as a whole.
        return result.Problems.FirstOrDefault(p => p.Line == 0) is { } refusal
            ? ImportResult.Refused(input.DryRun, new UserError(["input", "document"], refusal.Code, refusal.Message))
            : new ImportResult(input.DryRun, null, result.Problems, []);
    }
}

/// <summary>What an import did, would do (dry run), or why it did nothing.</summary>
public sealed record ImportResult(bool DryRun, SeedReport? Report, IReadOnlyList<SeedProblem> Problems, IReadOnlyList<UserError> UserErrors)
{
    public static ImportResult Refused(bool dryRun, UserError error) => new(dryRun, null, [], [error]);
}

public sealed record ImportCatalogInput
{
    public string Document { get; init; } = "";
    public bool DryRun { get; init; }
}

public sealed class ImportCatalogInputGraphType : RecordInputGraphType<ImportCatalogInput>
{
    public ImportCatalogInputGraphType()
    {
        Name = "ImportCatalogInput";
        Description = "A document in the seed format.";
        Field<NonNullGraphType<StringGraphType>>("document").Description($"The entries, as YAML or JSON with the seed files' keys (at most {ImportMutations.MaxDocumentChars} characters).");
        Field<BooleanGraphType>("dryRun").Description("Check and count, but write nothing.").DefaultValue(false);
    }
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
