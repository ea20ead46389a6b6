using System.Globalization;
using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Api.Graph.Products;
using Landscape.Data.Entities;
using Landscape.Data.Validation;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Models;

public sealed class ModelMutations : IMutationFields
{
    public void Register(ObjectGraphType mutation)
    {
        mutation.AddMutation<ModelGraphType, CreateModelInputGraphType>("createModel", "model", "Adds a model, with the models it derives from.",
            ApiKeyRole.Analyst, CreateAsync);
        mutation.AddMutation<ModelGraphType, UpdateModelInputGraphType>("updateModel", "model", "Changes a model; `expectedVersion` guards against lost updates.",
            ApiKeyRole.Analyst, UpdateAsync);
        mutation.AddMutation<ModelGraphType, ArchiveModelInputGraphType>("archiveModel", "model", "Archives a model (it leaves every read; its history stays).",
            ApiKeyRole.Analyst, s => s.ArchiveAsync(s.Db.Models, "Model"));
    }

    private static async Task<object?> CreateAsync(WriteSession session)
    {
        var input = session.Input;
        var model = new Model { Slug = input.Get<string>("slug") ?? "", Name = input.Get<string>("name") ?? "" };
        await ApplyAsync(session, model, input);
        if (await session.Db.Models.IgnoreQueryFilters().AnyAsync(m => m.Slug == model.Slug))
        {
            session.Error(input.PathTo("slug"), ErrorCodes.Duplicate, $"A model with slug '{model.Slug}' exists already.");
        }
        if (session.HasErrors)
        {
            return null;
        }
        session.Db.Models.Add(model);
        return model;
    }

    private static async Task<object?> UpdateAsync(WriteSession session)
    {
        var input = session.Input;
        var model = await session.FindAsync(session.Db.Models.Include(m => m.DerivedFrom), input.Get<string>("id"), "Model", input.PathTo("id"));
        if (model is null)
        {
            return null;
        }
        session.ExpectVersion(model, input);
        await ApplyAsync(session, model, input);
        return session.HasErrors ? null : model;
    }

    private static async Task ApplyAsync(WriteSession session, Model model, MutationInput input)
    {
        if (input.Has("name")) model.Name = input.Get<string>("name") ?? "";
        if (input.Has("modality")) model.Modality = input.Get<Modality?>("modality") ?? model.Modality;
        if (input.Has("releasedOn")) model.ReleasedOn = input.Get<DateOnly?>("releasedOn");
        if (input.Has("parameters")) model.Parameters = input.Get<long?>("parameters");
        if (input.Has("trainingTokens")) model.TrainingTokens = input.Get<long?>("trainingTokens");
        if (input.Has("contextWindow")) model.ContextWindow = input.Get<int?>("contextWindow");
        if (input.Has("openWeights")) model.OpenWeights = input.Get<bool?>("openWeights") ?? false;
        if (input.Has("license")) model.License = input.Get<string>("license");
        if (input.Has("description")) model.Description = input.Get<string>("description");
        if (input.Has("trainingGpus")) model.TrainingGpus = input.Get<int?>("trainingGpus");
        if (input.Has("trainingGpuType")) model.TrainingGpuType = input.Get<string>("trainingGpuType");
        if (input.Has("trainingDays")) model.TrainingDays = input.Get<decimal?>("trainingDays");
        if (input.Has("trainingCostUsd")) model.TrainingCostUsd = input.Get<decimal?>("trainingCostUsd");
        if (input.Has("organizationId"))
        {
            model.Organization = input.Get<string>("organizationId") is { } organizationId
                ? await session.FindAsync(session.Db.Organizations, organizationId, "Organization", input.PathTo("organizationId"))
                : null;
            model.OrganizationId = model.Organization?.Id;
        }
        if (input.Has("source"))
        {
            model.Source = input.Nested("source") is null ? null : await session.SourceAsync(input);
        }
        session.Validate(session.Validators.Model, new ModelFields(model.Slug, model.Name, model.ReleasedOn, input.Has("modality") || model.Id != 0 ? model.Modality : null,
            model.Parameters, model.TrainingTokens, model.ContextWindow, model.License, model.Description, model.TrainingGpus,
            model.TrainingGpuType, model.TrainingDays, model.TrainingCostUsd), input);
        var maker = model.Organization ?? (model.OrganizationId is { } id ? await session.Db.Organizations.FindAsync(id) : null);
        session.CheckFounding(maker, model.ReleasedOn, input.PathTo("releasedOn"));
        if (input.Has("derivedFrom"))
        {
            await SetParentsAsync(session, model, input);
        }
    }

    /// <summary>Replaces the model's parents; a parent that already descends from the model would close a cycle.</summary>
    private static async Task SetParentsAsync(WriteSession session, Model model, MutationInput input)
    {
        model.DerivedFrom.Clear();
        var descendants = model.Id == 0 ? [] : await DescendantsAsync(session, model.Id);
        foreach (var edge in input.NestedList("derivedFrom"))
        {
            var parent = await session.FindAsync(session.Db.Models, edge.Get<string>("modelId"), "Model", edge.PathTo("modelId"));
            if (parent is null)
            {
                continue;
            }
            if (parent.Id == model.Id || descendants.Contains(parent.Id))
            {
                session.Error(edge.PathTo("modelId"), ErrorCodes.LineageCycle, $"{parent.Slug} derives from {model.Slug} already; this edge would close a cycle.");
                continue;
            }
            model.DerivedFrom.Add(new ModelLineage { DerivedFrom = parent, DerivedFromId = parent.Id, Relation = edge.Get<LineageRelation?>("relation") ?? LineageRelation.FineTune });
        }
    }

    private static async Task<HashSet<int>> DescendantsAsync(WriteSession session, int modelId)
    {
        var edges = await session.Db.ModelLineage.Select(l => new { l.ModelId, l.DerivedFromId }).ToListAsync();
        var children = edges.ToLookup(e => e.DerivedFromId, e => e.ModelId);
        var seen = new HashSet<int>();
        var queue = new Queue<int>([modelId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id].Where(seen.Add))
            {
                queue.Enqueue(child);
            }
        }
        return seen;
    }
}

internal static class ModelInputFields
{
    public static void Add(InputObjectGraphType input)
    {
        input.Field<IdGraphType>("organizationId").Description("Global id of the organization that made it.");
        input.Field<CalendarDateGraphType>("releasedOn").Description("When it was released.");
        input.Field<LongGraphType>("parameters").Description("Parameter count, where published.");
        input.Field<LongGraphType>("trainingTokens").Description("Training tokens, where published.");
        input.Field<IntGraphType>("contextWindow").Description("Context window in tokens.");
        input.Field<BooleanGraphType>("openWeights").Description("Whether the weights are published.");
        input.Field<StringGraphType>("license").Description("Licence.");
        input.Field<StringGraphType>("description").Description("A short description.");
        input.Field<IntGraphType>("trainingGpus").Description("Accelerators used to train it.");
        input.Field<StringGraphType>("trainingGpuType").Description("Which accelerator.");
        input.Field<FloatGraphType>("trainingDays").Description("Training time in days.");
        input.Field<FloatGraphType>("trainingCostUsd").Description("Training cost in US dollars.");
        input.Field<Funding.SourceInputGraphType>("source").Description("Where the size and training facts come from.");
        input.Field<ListGraphType<NonNullGraphType<LineageEdgeInputGraphType>>>("derivedFrom").Description("The models it derives from (replaces the list).");
    }
}

public sealed class CreateModelInputGraphType : InputObjectGraphType
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

public sealed class UpdateModelInputGraphType : InputObjectGraphType
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

public sealed class LineageEdgeInputGraphType : InputObjectGraphType
{
    public LineageEdgeInputGraphType()
    {
        Name = "LineageEdgeInput";
        Description = "A model this one derives from, and how.";
        Field<NonNullGraphType<IdGraphType>>("modelId").Description("The parent model's global id.");
        Field<NonNullGraphType<LineageRelationGraphType>>("relation").Description("How it derives from it.");
    }
}

public sealed class ArchiveModelInputGraphType() : ArchiveInputGraphType("Model");
