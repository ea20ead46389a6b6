using GraphQL;
using GraphQL.Types;
using Landscape.Api.Graph.Organizations;
using Landscape.Api.Graph.Products;
using Landscape.Api.Graph.Sources;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Models;

public sealed class ModelGraphType : ObjectGraphType<Model>
{
    public const int MaxLineageDepth = 20;

    public ModelGraphType()
    {
        Name = "Model";
        Description = "A model, with its published size and training facts and its place in the family tree.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode("Model", c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Stable, URL-safe name.").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Description("A short description.").Resolve(c => c.Source.Description);
        Field<OrganizationGraphType>("organization").Description("Who made it.")
            .Resolve(c => c.Source.OrganizationId is { } id ? c.Loader<EntityByIdLoader<Organization>>().Load(id) : null);
        Field<CalendarDateGraphType>("releasedOn").Description("When it was released.").Resolve(c => c.Source.ReleasedOn);
        Field<NonNullGraphType<ModalityGraphType>>("modality").Description("What it takes in and produces.").Resolve(c => c.Source.Modality);
        Field<LongGraphType>("parameters").Description("Parameter count, where published.").Resolve(c => c.Source.Parameters);
        Field<LongGraphType>("trainingTokens").Description("Training tokens, where published.").Resolve(c => c.Source.TrainingTokens);
        Field<IntGraphType>("contextWindow").Description("Context window in tokens.").Resolve(c => c.Source.ContextWindow);
        Field<NonNullGraphType<BooleanGraphType>>("openWeights").Description("Whether the weights are published.").Resolve(c => c.Source.OpenWeights);
        Field<StringGraphType>("license").Description("Licence of the weights or the service.").Resolve(c => c.Source.License);
        Field<IntGraphType>("trainingGpus").Description("Accelerators used to train it, where published.").Resolve(c => c.Source.TrainingGpus);
        Field<StringGraphType>("trainingGpuType").Description("Which accelerator.").Resolve(c => c.Source.TrainingGpuType);
        Field<FloatGraphType>("trainingDays").Description("Training time in days.").Resolve(c => (double?)c.Source.TrainingDays);
        Field<FloatGraphType>("trainingCostUsd").Description("Training cost in US dollars, where published.").Resolve(c => (double?)c.Source.TrainingCostUsd);
        Field<SourceGraphType>("source").Description("Where the size and training facts come from.")
            .Resolve(c => c.Source.SourceId is { } id ? c.Loader<EntityByIdLoader<Source>>().Load(id) : null);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Bumped on every change.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelGraphType>>>>("derivedFrom")
            .Description("The models it was directly derived from.")
            .Resolve(c => Walk(c, LineageDirection.Ancestors, 1).Then(steps => steps!.Select(s => s.Model)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelGraphType>>>>("derivatives")
            .Description("The models directly derived from it.")
            .Resolve(c => Walk(c, LineageDirection.Descendants, 1).Then(steps => steps!.Select(s => s.Model)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LineageStepGraphType>>>>("lineage")
            .Description("Its family tree in one direction, nearest first.")
            .Argument<NonNullGraphType<LineageDirectionGraphType>>("direction", "ANCESTORS or DESCENDANTS.")
            .Argument<IntGraphType>("maxDepth", $"How many edges to walk at most (1–{MaxLineageDepth}, default 10).")
            .Resolve(c =>
            {
                var depth = c.GetArgument("maxDepth", 10);
                if (depth is < 1 or > MaxLineageDepth)
                {
                    throw new ExecutionError($"`maxDepth` must be between 1 and {MaxLineageDepth}.") { Code = ApiErrorCodes.InvalidArgument };
                }
                return Walk(c, c.GetArgument<LineageDirection>("direction"), depth);
            });
        Field<NonNullGraphType<ProductConnectionGraphType>>("products")
            .Description("Products built on it, by name.")
            .PagingArguments()
            .Resolve(c =>
            {
                var paging = Paging.From(c);
                return c.AsOfLoader<ProductsByModelLoader>().Load(c.Source.Id)
                    .Then(products => InMemoryPager.Page(products!, paging, ProductsByModelLoader.Order, p => p.Name, p => p.Id));
            });
        Field<NonNullGraphType<History.ChangeConnectionGraphType>>("history")
            .Description("Every write to this entry, newest first.")
            .PagingArguments()
            .Resolve(c => History.ChangesByEntityLoader.Page(c, "Model", c.Source.Id));
    }

    private static GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<LineageStep>?> Walk(
        IResolveFieldContext<Model> context, LineageDirection direction, int depth) =>
        context.RequestServices!.GetRequiredService<DataLoaders>().Get<LineageLoader>(new LineageWalk(direction, depth)).Load(context.Source.Id);
}
