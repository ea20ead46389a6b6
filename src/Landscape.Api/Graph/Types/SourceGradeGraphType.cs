using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Types;

public sealed class SourceGradeGraphType : EnumerationGraphType<SourceGrade>
{
    public SourceGradeGraphType() => Description =
        "How close a source is to the fact: PRIMARY (the organization itself, a paper, a filing), NEWS (a named outlet's own reporting), SECONDARY (an aggregator, blog, wiki or copy).";
}
