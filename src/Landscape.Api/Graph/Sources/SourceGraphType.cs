using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Sources;

public sealed class SourceGraphType : ObjectGraphType<Source>
{
    public SourceGraphType()
    {
        Name = "Source";
        Description = "A published page a fact comes from.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("Where the fact was published.").Resolve(c => c.Source.Url);
        Field<StringGraphType>("title").Description("The page's title.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("publisher").Description("The outlet or company that published it.").Resolve(c => c.Source.Publisher);
        Field<CalendarDateGraphType>("publishedOn").Description("When it was published.").Resolve(c => c.Source.PublishedOn);
        Field<CalendarDateGraphType>("retrievedOn").Description("When the catalog read it.").Resolve(c => c.Source.RetrievedOn);
        Field<SourceGradeGraphType>("grade").Description("How close it is to the fact: PRIMARY, NEWS or SECONDARY; null when not graded yet.")
            .Resolve(c => c.Source.Grade);
    }
}
