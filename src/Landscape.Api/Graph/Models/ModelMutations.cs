using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Models;

public sealed class ModelMutations : IMutationFields
{
    public void Register(ObjectGraphType mutation)
    {
        mutation.AddMutation<ModelGraphType, CreateModelInputGraphType, CreateModelInput>("createModel", "model",
            "Adds a model, with the models it derives from.", ApiKeyRole.Analyst, CreateAsync);
        mutation.AddMutation<ModelGraphType, UpdateModelInputGraphType, UpdateModelInput>("updateModel", "model",
            "Changes a model; `expectedVersion` guards against lost updates.", ApiKeyRole.Analyst, UpdateAsync);
        mutation.AddMutation<ModelGraphType, ArchiveModelInputGraphType, ArchiveInput>("archiveModel", "model",
            "Archives a model (it leaves every read; its history stays).", ApiKeyRole.Analyst, MutationFields.ArchiveAsync<Model>);
    }

    private static Task<object?> CreateAsync(CreateModelInput input, MutationWrite m) =>
        MutationFields.CreateAsync(new Model { Slug = "", Name = "" }, m, model => model.ApplyAsync(input, m.Write));

    private static Task<object?> UpdateAsync(UpdateModelInput input, MutationWrite m) =>
        MutationFields.UpdateAsync<Model>(input.Id, input.ExpectedVersion, m, model => model.ApplyAsync(input, m.Write),
            nameof(Model.Organization), nameof(Model.DerivedFrom));
}

internal static class ModelInputFields
{
    public static void Add<T>(InputObjectGraphType<T> input) where T : ModelFields
    {
        input.Field<IdGraphType>("organizationId").Description("Global id of the organization that made it.").Binds(nameof(ModelFields.Organization));
        input.Field<Funding.SourceInputGraphType>("source").Description("Where the size and training facts come from.");
        input.Field<ListGraphType<NonNullGraphType<LineageEdgeInputGraphType>>>("derivedFrom").Description("The models it derives from (replaces the list).");
        input.AddPlainFields();
    }
}

public sealed class CreateModelInputGraphType : RecordInputGraphType<CreateModelInput>
{
    public CreateModelInputGraphType()
    {
        Name = "CreateModelInput";
        Description = "A new model.";
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Stable, URL-safe name.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.");
        Field<NonNullGraphType<ModalityGraphType>>("modality").Description("What it takes in and produces.");
        ModelInputFields.Add(this);
    }
}

public sealed class UpdateModelInputGraphType : RecordInputGraphType<UpdateModelInput>
{
    public UpdateModelInputGraphType()
    {
        Name = "UpdateModelInput";
        Description = "Changes to a model: only the fields given change.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The model's global id.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version you read.");
        Field<StringGraphType>("name").Description("Display name.");
        Field<ModalityGraphType>("modality").Description("What it takes in and produces.");
        ModelInputFields.Add(this);
    }
}

public sealed class LineageEdgeInputGraphType : RecordInputGraphType<LineageEdgeFields>
{
    public LineageEdgeInputGraphType()
    {
        Name = "LineageEdgeInput";
        Description = "A model this one derives from, and how.";
        Field<NonNullGraphType<IdGraphType>>("modelId").Description("The parent model's global id.").Binds(nameof(LineageEdgeFields.Model));
        Field<NonNullGraphType<LineageRelationGraphType>>("relation").Description("How it derives from it.");
        Field<Funding.SourceInputGraphType>("source").Description("The paper or model card that states the derivation.");
    }
}

public sealed class ArchiveModelInputGraphType() : ArchiveInputGraphType("Model");
