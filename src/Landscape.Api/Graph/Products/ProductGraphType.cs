using GraphQL;
using GraphQL.Types;
using Landscape.Api.Graph.Models;
using Landscape.Api.Graph.Organizations;
using Landscape.Api.Graph.Sources;
using Landscape.Api.Graph.Taxonomy;
using Landscape.Api.Graph.Usage;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Products;

public sealed class ProductGraphType : ObjectGraphType<Product>
{
    public ProductGraphType()
    {
        Name = "Product";
        Description = "A product of the AI landscape, in one layer and one or more categories.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode("Product", c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Stable, URL-safe name.").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Description("A short description.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<LayerGraphType>>("layer").Description("The layer of the industry chain.").Resolve(c => c.Source.Layer);
        Field<NonNullGraphType<ProductStatusGraphType>>("status").Description("Whether it is still offered.").Resolve(c => c.Source.Status);
        Field<CalendarDateGraphType>("launchedOn").Description("When it launched.").Resolve(c => c.Source.LaunchedOn);
        Field<SourceGraphType>("launchSource").Description("The page that dates the launch, where the catalog has one.")
            .Resolve(c => c.Source.LaunchSourceId is { } id ? c.Loader<EntityByIdLoader<Source>>().Load(id) : null);
        Field<CalendarDateGraphType>("discontinuedOn").Description("When it was discontinued, if it was.").Resolve(c => c.Source.DiscontinuedOn);
        Field<StringGraphType>("homepageUrl").Description("Official page.").Resolve(c => c.Source.HomepageUrl);
        Field<StringGraphType>("logoUrl").Description("Logo image URL.").Resolve(c => c.Source.LogoUrl);
        Field<NonNullGraphType<BooleanGraphType>>("openSource").Description("Whether its source is open.").Resolve(c => c.Source.OpenSource);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the entry was created.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("When the entry last changed.").Resolve(c => c.Source.UpdatedAt);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Bumped on every change; send it as `expectedVersion` when updating.")
            .Resolve(c => c.Source.Version);
        Field<OrganizationGraphType>("organization").Description("Who makes it.")
            // Joined into the product's own query when the request asked for it; otherwise batched.
            .Resolve(c => c.Source.Organization is { } joined ? joined
                : c.Source.OrganizationId is { } id ? c.Loader<EntityByIdLoader<Organization>>().Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryGraphType>>>>("categories")
            .Description("The categories it sits in.")
            .Resolve(c => c.Loader<CategoriesByProductLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelGraphType>>>>("builtOn")
            .Description("The models it is built on.")
            .Resolve(c => c.Loader<ModelsByProductLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<UsageMetricConnectionGraphType>>("usage")
            .Description("Its usage history, newest first (up to the day looked at).")
            .Argument<UsageMetricKindGraphType>("metric", "Only figures of this metric.")
            .PagingArguments()
            .Resolve(c =>
            {
                var metric = c.GetArgument<UsageMetricKind?>("metric");
                var paging = Paging.From(c);
                return c.AsOfLoader<UsageByProductLoader>().Load(c.Source.Id).Then(history =>
                    InMemoryPager.Page(history!.Where(u => metric is null || u.Metric == metric).ToList(), paging,
                        UsageByProductLoader.Order, u => u.AsOf, u => u.Id));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("sources")
            .Description("Every source its usage facts cite, and those of its organization's funding rounds.")
            .Resolve(c => c.Loader<SourcesByProductLoader>().Load(c.Source.Id));
        Field<UsageMetricGraphType>("latestUsage")
            .Description("The newest figure of a metric (dated on or before the day looked at).")
            .Argument<NonNullGraphType<UsageMetricKindGraphType>>("metric", "The metric.")
            .Resolve(c =>
            {
                var query = new LatestUsageQuery(AsOfDay.From(c), c.GetArgument<UsageMetricKind>("metric"));
                return c.RequestServices!.GetRequiredService<DataLoaders>().Get<LatestUsageLoader>(query).Load(c.Source.Id);
            });
        Field<NonNullGraphType<History.ChangeConnectionGraphType>>("history")
            .Description("Every write to this entry, newest first.")
            .PagingArguments()
            .Resolve(c => History.ChangesByEntityLoader.Page(c, "Product", c.Source.Id));
    }
}
