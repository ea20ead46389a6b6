using GraphQL.Types;

namespace Landscape.Api.Graph.Models;

public sealed class ModelFilterGraphType : InputObjectGraphType<ModelFilter>
{
    public ModelFilterGraphType()
    {
        Name = "ModelFilter";
        Description = "Which models to list; every field given must hold.";
        Field<StringGraphType>("organizationSlug").Description("Made by this organization.");
        Field<ModalityGraphType>("modality").Description("Of this modality.");
        Field<BooleanGraphType>("openWeights").Description("With (true) or without (false) published weights.");
        Field<CalendarDateGraphType>("releasedAfter").Description("Released on or after this day.");
        Field<CalendarDateGraphType>("releasedBefore").Description("Released on or before this day.");
        Field<StringGraphType>("search").Description("Free text matched against the name, typos tolerated.");
    }
}
