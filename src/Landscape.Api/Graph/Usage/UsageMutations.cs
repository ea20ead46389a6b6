using GraphQL.Types;
using Landscape.Api.Graph.Funding;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Entities;
using Landscape.Data.Validation;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Usage;

public sealed class UsageMutations : IMutationFields
{
    public void Register(ObjectGraphType mutation)
    {
        mutation.AddMutation<UsageMetricGraphType, AddUsageMetricInputGraphType>("addUsageMetric", "usageMetric", "Records a dated usage figure of a product; a new figure never overwrites an old one.",
            ApiKeyRole.Analyst, AddAsync);
        mutation.AddMutation<UsageMetricGraphType, UpdateUsageMetricInputGraphType>("updateUsageMetric", "usageMetric", "Corrects a usage figure; `expectedVersion` guards against lost updates.",
            ApiKeyRole.Analyst, UpdateAsync);
        mutation.AddMutation<UsageMetricGraphType, RemoveUsageMetricInputGraphType>("removeUsageMetric", "usageMetric", "Removes a usage figure that should not be on record.",
            ApiKeyRole.Admin, s => s.RemoveAsync(s.Db.UsageMetrics, "UsageMetric"));
    }

    private static async Task<object?> AddAsync(WriteSession session)
    {
        var input = session.Input;
        var product = await session.FindAsync(session.Db.Products, input.Get<string>("productId"), "Product", input.PathTo("productId"));
        var usage = new UsageMetric { Product = product!, ProductId = product?.Id ?? 0 };
        await ApplyAsync(session, usage, input);
        if (session.HasErrors)
        {
            return null;
        }
        session.Db.UsageMetrics.Add(usage);
        return usage;
    }

    private static async Task<object?> UpdateAsync(WriteSession session)
    {
        var input = session.Input;
        var usage = await session.FindAsync(session.Db.UsageMetrics.Include(u => u.Source), input.Get<string>("id"), "UsageMetric", input.PathTo("id"));
        if (usage is null)
        {
            return null;
        }
        session.ExpectVersion(usage, input);
        await ApplyAsync(session, usage, input);
        return session.HasErrors ? null : usage;
    }

    private static async Task ApplyAsync(WriteSession session, UsageMetric usage, MutationInput input)
    {
        if (input.Has("metric")) usage.Metric = input.Get<UsageMetricKind?>("metric") ?? usage.Metric;
        if (input.Has("value")) usage.Value = input.Get<long?>("value") ?? usage.Value;
        if (input.Has("asOf")) usage.AsOf = input.Get<DateOnly?>("asOf") ?? default;
        if (input.Has("periodStart")) usage.PeriodStart = input.Get<DateOnly?>("periodStart");
        if (input.Has("periodEnd")) usage.PeriodEnd = input.Get<DateOnly?>("periodEnd");
        if (input.Has("method")) usage.Method = input.Get<MeasurementMethod?>("method") ?? usage.Method;
        if (input.Has("note")) usage.Note = input.Get<string>("note");
        if (input.Has("source") || usage.Id == 0)
        {
            usage.Source = (await session.SourceAsync(input))!;
        }
        var isNew = usage.Id == 0;
        session.Validate(session.Validators.UsageMetric, new UsageMetricFields(
            isNew && !input.Has("metric") ? null : usage.Metric, isNew && !input.Has("value") ? null : usage.Value,
            usage.AsOf == default ? null : usage.AsOf, usage.PeriodStart, usage.PeriodEnd,
            isNew && !input.Has("method") ? null : usage.Method, usage.Source?.Url, usage.Note), input);
        if (usage.Source is { Id: > 0 } source && usage.ProductId > 0 && await session.Db.UsageMetrics.AnyAsync(u =>
                u.Id != usage.Id && u.ProductId == usage.ProductId && u.Metric == usage.Metric && u.AsOf == usage.AsOf && u.SourceId == source.Id))
        {
            session.Error(input.PathTo("asOf"), ErrorCodes.Duplicate, "This product already has this metric on this day from this source.");
        }
    }
}

public abstract class UsageMetricInputGraphType : InputObjectGraphType
{
    protected UsageMetricInputGraphType(string name, bool create)
    {
        Name = name;
        Description = create ? "A usage figure to record." : "Corrections to a usage figure: only the fields given change.";
        if (create)
        {
            Field<NonNullGraphType<IdGraphType>>("productId").Description("The product's global id.");
            Field<NonNullGraphType<UsageMetricKindGraphType>>("metric").Description("What is counted.");
            Field<NonNullGraphType<LongGraphType>>("value").Description("The figure (not negative).");
            Field<NonNullGraphType<CalendarDateGraphType>>("asOf").Description("The day the figure is for.");
            Field<NonNullGraphType<MeasurementMethodGraphType>>("method").Description("Who measured it.");
            Field<NonNullGraphType<SourceInputGraphType>>("source").Description("Where it was published.");
        }
        else
        {
            Field<NonNullGraphType<IdGraphType>>("id").Description("The figure's global id.");
            Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version you read.");
            Field<UsageMetricKindGraphType>("metric").Description("What is counted.");
            Field<LongGraphType>("value").Description("The figure.");
            Field<CalendarDateGraphType>("asOf").Description("The day the figure is for.");
            Field<MeasurementMethodGraphType>("method").Description("Who measured it.");
            Field<SourceInputGraphType>("source").Description("Where it was published.");
        }
        Field<CalendarDateGraphType>("periodStart").Description("Start of the period it covers.");
        Field<CalendarDateGraphType>("periodEnd").Description("End of the period it covers.");
        Field<StringGraphType>("note").Description("What the analyst should know about this fact.");
    }
}

public sealed class RemoveUsageMetricInputGraphType() : RemoveInputGraphType("UsageMetric");

public sealed class AddUsageMetricInputGraphType() : UsageMetricInputGraphType("AddUsageMetricInput", create: true);

public sealed class UpdateUsageMetricInputGraphType() : UsageMetricInputGraphType("UpdateUsageMetricInput", create: false);
