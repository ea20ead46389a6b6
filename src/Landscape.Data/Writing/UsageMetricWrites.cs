using Landscape.Data.Entities;
using Landscape.Data.Validation;

namespace Landscape.Data.Writing;

public static class UsageMetricWrites
{
    /// <summary>Applies the fields to a usage fact of <see cref="UsageMetric.Product"/> (set by the caller for a new fact).</summary>
    public static async Task ApplyAsync(this UsageMetric usage, UsageMetricFields fields, WriteContext write)
    {
        var isNew = usage.Id == 0;
        FieldCopy.Apply(fields, usage);
        if (fields.Source.HasValue || isNew)
        {
            usage.Source = (await write.CiteAsync(fields.Source.Or(null), [nameof(UsageMetricFields.Source)]))!;
        }
        write.Validate(write.Validators.UsageMetric, usage);
        if (usage.Source is not null && usage.AsOf != default && (isNew || fields.Metric.HasValue || fields.AsOf.HasValue || fields.Source.HasValue))
        {
            await CatalogRules.UniqueAsync(write, usage);
        }
    }
}
