using GraphQL.Types;
using Landscape.Api.Auth;

namespace Landscape.Api.Graph.Viewer;

public sealed class ViewerQueries : IQueryFields
{
    public void Register(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerGraphType>>("viewer")
            .Description("Who the caller is: anonymous readers may read everything; writes need an API key.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CallerResolver>().GetAsync(c.CancellationToken));
}
