using GraphQL.Types;
using Landscape.Api.GraphQL.Common;
using Landscape.Api.GraphQL.Organizations;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Models;

public sealed class ModelGraphType : ObjectGraphType<Model>
{
    public ModelGraphType()
    {
        Name = "Model";
        Description = "A model, with its published size and training facts.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode("Model", c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Stable, URL-safe name.").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.").Resolve(c => c.Source.Name);
        Field<OrganizationGraphType>("organization").Description("Who made it.")
            .Resolve(c => c.Source.OrganizationId is { } id
                ? c.RequestServices!.GetRequiredService<DataLoaders>().Get<OrganizationByIdLoader>().Load(id)
                : null);
        Field<DateOnlyGraphType>("releasedOn").Description("When it was released.").Resolve(c => c.Source.ReleasedOn);
        Field<NonNullGraphType<ModalityGraphType>>("modality").Description("What it takes in and produces.").Resolve(c => c.Source.Modality);
        Field<LongGraphType>("parameters").Description("Parameter count, where published.").Resolve(c => c.Source.Parameters);
        Field<LongGraphType>("trainingTokens").Description("Training tokens, where published.").Resolve(c => c.Source.TrainingTokens);
        Field<IntGraphType>("contextWindow").Description("Context window in tokens.").Resolve(c => c.Source.ContextWindow);
        Field<NonNullGraphType<BooleanGraphType>>("openWeights").Description("Whether the weights are published.").Resolve(c => c.Source.OpenWeights);
        Field<StringGraphType>("license").Description("Licence of the weights or the service.").Resolve(c => c.Source.License);
        Field<StringGraphType>("description").Description("A short description.").Resolve(c => c.Source.Description);
    }
}
