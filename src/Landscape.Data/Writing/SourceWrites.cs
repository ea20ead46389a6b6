using Landscape.Data.Entities;
using Landscape.Data.Validation;

namespace Landscape.Data.Writing;

public static class SourceWrites
{
    public static async Task ApplyAsync(this Source source, SourceFields fields, WriteContext write, IReadOnlyList<string>? prefix = null)
    {
        FieldCopy.Apply(fields, source);
        write.Validate(write.Validators.Source, source, [.. prefix ?? []]);
        if (source.Id == 0 && prefix is null)
        {
            await CatalogRules.UniqueAsync(write, source);
        }
    }

    /// <summary>
    /// The source a fact cites (<paramref name="field"/> names it): the listed one with the URL, or,
    /// when the fields carry a title, a new one (retrieved today unless they say otherwise).
    /// </summary>
    public static async Task<Source?> CiteAsync(this WriteContext write, SourceFields? fields, IReadOnlyList<string> field)
    {
        if (fields?.Url.Or(null) is not { Length: > 0 } url)
        {
            write.Report(field, ErrorCodes.SourceRequired, "Every fact needs a source (url, title, publisher, publishedOn).");
            return null;
        }
        if (!RuleExtensions.IsHttpUrl(url))
        {
            write.Report([.. field, nameof(Source.Url)], ErrorCodes.InvalidUrl, RuleExtensions.HttpUrlMessage);
            return null;
        }
        var found = await write.Catalog.FindAsync<Source>(url, write.CancellationToken);
        if (found.Entry is not null)
        {
            return found.Entry;
        }
        if (!fields.Title.HasValue)
        {
            write.Report(field, found.Code, found.Message);
            return null;
        }
        var source = new Source { Url = url, Title = "", RetrievedOn = RuleExtensions.Today(write.Clock) };
        await source.ApplyAsync(fields, write, field);
        return source;
    }
}
