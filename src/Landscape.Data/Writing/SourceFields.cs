using System.ComponentModel;
using Landscape.Data.Entities;
namespace Landscape.Data.Writing;

/// <summary>
/// A source a fact cites. By URL alone it names a listed source (a seed file's `source:`); with
/// a title it adds the page when the catalog does not have it yet (a mutation's inline source).
/// </summary>
public record SourceFields
{
    public Optional<string?> Url { get; init; }
    [Description("The page's title (required for a new source).")]
    public Optional<string?> Title { get; init; }
    [Description("The outlet or company that published it.")]
    public Optional<string?> Publisher { get; init; }
    [Description("When it was published.")]
    public Optional<DateOnly?> PublishedOn { get; init; }
    [Description("When it was read (default: today).")]
    public Optional<DateOnly?> RetrievedOn { get; init; }
    [Description("PRIMARY (the organization itself, a paper, a filing), NEWS (a named outlet's own reporting) or SECONDARY (an aggregator, blog, wiki or copy).")]
    public Optional<SourceGrade?> Grade { get; init; }
}
