using GraphQL.Types;
using Landscape.Api.Graph.Funding;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Usage;

public sealed class UsageMutations : IMutationFields
{
    public void Register(ObjectGraphType mutation)
    {
        mutation.AddMutation<UsageMetricGraphType, AddUsageMetricInputGraphType, AddUsageMetricInput>("addUsageMetric", "usageMetric",
            "Records a dated usage figure of a product; a new figure never overwrites an old one.", ApiKeyRole.Analyst, AddAsync);
        mutation.AddMutation<UsageMetricGraphType, UpdateUsageMetricInputGraphType, UpdateUsageMetricInput>("updateUsageMetric", "usageMetric",
            "Corrects a usage figure; `expectedVersion` guards against lost updates.", ApiKeyRole.Analyst, UpdateAsync);
        mutation.AddMutation<UsageMetricGraphType, RemoveUsageMetricInputGraphType, RemoveInput>("removeUsageMetric", "usageMetric",
            "Removes a usage figure that should not be on record.", ApiKeyRole.Admin, MutationFields.RemoveAsync<UsageMetric>);
    }

    private static async Task<object?> AddAsync(AddUsageMetricInput input, MutationWrite m)
    {
        var product = await m.Write.FindAsync<Product>(input.ProductId, [nameof(AddUsageMetricInput.ProductId)]);
        return await MutationFields.CreateAsync(new UsageMetric { Product = product! }, m, usage => usage.ApplyAsync(input, m.Write));
    }

    private static Task<object?> UpdateAsync(UpdateUsageMetricInput input, MutationWrite m) =>
        MutationFields.UpdateAsync<UsageMetric>(input.Id, input.ExpectedVersion, m, usage => usage.ApplyAsync(input, m.Write),
            nameof(UsageMetric.Product), nameof(UsageMetric.Source));
}

public abstract class UsageMetricInputGraphType<T> : RecordInputGraphType<T> where T : UsageMetricFields, new()
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
        this.AddPlainFields();
    }
}

public sealed class RemoveUsageMetricInputGraphType() : RemoveInputGraphType("UsageMetric");

public sealed class AddUsageMetricInputGraphType() : UsageMetricInputGraphType<AddUsageMetricInput>("AddUsageMetricInput", create: true);

public sealed class UpdateUsageMetricInputGraphType() : UsageMetricInputGraphType<UpdateUsageMetricInput>("UpdateUsageMetricInput", create: false);
