using GraphQL.Types;

namespace Landscape.Api.Graph.Health;

public sealed class GradeCountGraphType : ObjectGraphType<GradeCount>
{
    public GradeCountGraphType()
    {
        Name = "GradeCount";
        Description = "A count per source grade.";
        Field<SourceGradeGraphType>("grade").Description("The grade; null for sources not graded yet.").Resolve(c => c.Source.Grade);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(c => c.Source.Count);
    }
}
