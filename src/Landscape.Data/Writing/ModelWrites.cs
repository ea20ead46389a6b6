using Landscape.Data.Entities;
using Landscape.Data.Validation;

namespace Landscape.Data.Writing;

public static class ModelWrites
{
    public static async Task ApplyAsync(this Model model, ModelFields fields, WriteContext write)
    {
        FieldCopy.Apply(fields, model);
        if (fields.Organization.HasValue)
        {
            model.Organization = fields.Organization.Value is { } key
                ? await write.FindAsync<Organization>(key, [nameof(ModelFields.Organization)])
                : null;
            if (model.Organization is null)
            {
                model.OrganizationId = null;
            }
        }
        if (fields.Source.HasValue)
        {
            model.Source = fields.Source.Value is { } source ? await write.CiteAsync(source, [nameof(ModelFields.Source)]) : null;
            if (model.Source is null)
            {
                model.SourceId = null;
            }
        }
        write.Validate(write.Validators.Model, model);
        CatalogRules.NotBeforeFounding(write, model.Organization, model.ReleasedOn, nameof(ModelFields.ReleasedOn));
        if (model.Id == 0)
        {
            await CatalogRules.UniqueAsync(write, model);
        }
        if (fields.DerivedFrom.HasValue)
        {
            await model.ApplyLineageAsync(fields.DerivedFrom.Value, write);
        }
    }

    /// <summary>
    /// Replaces the model's parents. A seed folder applies every model before any lineage, so
    /// edges may name models written further down.
    /// </summary>
    public static async Task ApplyLineageAsync(this Model model, IReadOnlyList<LineageEdgeFields> edges, WriteContext write)
    {
        var wanted = new Dictionary<Model, (LineageRelation Relation, Source? Source)>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < edges.Count; i++)
        {
            var at = new[] { nameof(ModelFields.DerivedFrom), i.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(LineageEdgeFields.Model) };
            if (edges[i].Model.Or(null) is not { } key)
            {
                write.Report(at, ErrorCodes.Required, "Required.");
                continue;
            }
            if (await write.FindAsync<Model>(key, at) is not { } parent)
            {
                continue;
            }
            if (wanted.ContainsKey(parent) || ReferenceEquals(parent, model))
            {
                write.Report(at, ErrorCodes.Duplicate, $"{model.Slug} derives from {parent.Slug} twice, or from itself.");
                continue;
            }
            var relation = edges[i].Relation.Or(LineageRelation.FineTune);
            CatalogRules.SuccessorWithinOrganization(write, model, parent, relation, [nameof(ModelFields.DerivedFrom), i.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(LineageEdgeFields.Relation)]);
            if (await CatalogRules.NoCycleAsync(write, model, parent, at))
            {
                var source = edges[i].Source.Or(null) is { } cited
                    ? await write.CiteAsync(cited, [nameof(ModelFields.DerivedFrom), i.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(LineageEdgeFields.Source)])
                    : null;
                wanted[parent] = (relation, source);
            }
        }
        Links.Sync(model.DerivedFrom, [.. wanted.Keys], l => (l.DerivedFromId, l.DerivedFrom),
            p => new ModelLineage { Model = model, DerivedFrom = p, DerivedFromId = p.Id });
        foreach (var edge in model.DerivedFrom)
        {
            var (relation, source) = wanted.First(w => ReferenceEquals(w.Key, edge.DerivedFrom) || (w.Key.Id != 0 && w.Key.Id == edge.DerivedFromId)).Value;
            edge.Relation = relation;
            if (source is null ? edge.SourceId is not null : edge.SourceId != source.Id || source.Id == 0)
            {
                edge.Source = source;
                edge.SourceId = source?.Id;
            }
        }
    }
}
