using GraphQL;
using GraphQL.Types;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Models;

/// <summary>The root fields that read models.</summary>
public sealed class ModelQueries : IQueryFields
{
    public void Register(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ModelConnectionGraphType>>("models")
            .Description("Models: filtered, ordered, keyset-paginated.")
            .PagingArguments()
            .Argument<ModelFilterGraphType>("filter", "Which models.")
            .Argument<ModelOrderGraphType>("orderBy", "Ordering; by default NAME ASC.")
            .Argument<CalendarDateGraphType>(AsOfDay.Argument, "Only models released by this day.")
            .ResolveAsync(async c => await PageAsync(c, c.GetArgument<ModelFilter?>("filter"), c.GetArgument<ModelOrder?>("orderBy"),
                AsOfDay.From(c)));

        query.Field<ModelGraphType>("model")
            .Description("One model by its slug; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The model's slug, e.g. \"gpt-4\".")
            .ResolveAsync(async c =>
            {
                var slug = c.GetArgument<string>("slug");
                return await c.ReadAsync(db => db.Models.AsNoTracking().FirstOrDefaultAsync(m => m.Slug == slug, c.CancellationToken));
            });
    }

    private static Task<Connection<Model>> PageAsync(IResolveFieldContext context, ModelFilter? filter, ModelOrder? order, AsOfDay asOf)
    {
        order ??= new ModelOrder { Field = ModelOrderField.Name, Direction = OrderDirection.Asc };
        var desc = order.Direction == OrderDirection.Desc;
        var day = asOf.Day;
        var tag = $"{order.Field}:{order.Direction}";
        var paging = Paging.From(context);

        IQueryable<Model> Source(LandscapeDbContext db) => Filter(db.Models.AsNoTracking(), filter, day);

        return order.Field switch
        {
            ModelOrderField.ReleasedOn => new KeysetPager<Model, DateOnly>(tag,
                    desc ? m => m.ReleasedOn ?? DateOnly.MinValue : m => m.ReleasedOn ?? DateOnly.MaxValue, m => m.Id, desc)
                .PageAsync(context.ReadContexts(), Source, paging, context.CancellationToken),
            ModelOrderField.Parameters => new KeysetPager<Model, long>(tag,
                    desc ? m => m.Parameters ?? -1L : m => m.Parameters ?? long.MaxValue, m => m.Id, desc)
                .PageAsync(context.ReadContexts(), Source, paging, context.CancellationToken),
            _ => new KeysetPager<Model, string>(tag, m => m.Name, m => m.Id, desc)
                .PageAsync(context.ReadContexts(), Source, paging, context.CancellationToken),
        };
    }

    /// <summary>The models a filter and a day select; the list and the CSV export share it.</summary>
    public static IQueryable<Model> Filter(IQueryable<Model> models, ModelFilter? filter, DateOnly? day)
    {
        if (day is not null)
        {
            models = models.Where(m => m.ReleasedOn != null && m.ReleasedOn <= day);
        }
        if (filter?.OrganizationSlug is { } organization)
        {
            models = models.Where(m => m.Organization!.Slug == organization);
        }
        if (filter?.Modality is { } modality)
        {
            models = models.Where(m => m.Modality == modality);
        }
        if (filter?.OpenWeights is { } openWeights)
        {
            models = models.Where(m => m.OpenWeights == openWeights);
        }
        if (filter?.ReleasedAfter is { } after)
        {
            models = models.Where(m => m.ReleasedOn >= after);
        }
        if (filter?.ReleasedBefore is { } before)
        {
            models = models.Where(m => m.ReleasedOn <= before);
        }
        if (filter?.Search is { } search && TextSearch.Normalize(search, "filter.search") is { Length: > 0 } text)
        {
            models = models.Where(m => EF.Functions.TrigramsSimilarity(m.Name, text) > TextSearch.NameSimilarity
                || EF.Functions.TrigramsWordSimilarity(text, m.Name) > TextSearch.WordSimilarity);
        }
        return models;
    }
}
