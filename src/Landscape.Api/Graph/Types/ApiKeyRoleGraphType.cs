using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Types;

public sealed class ApiKeyRoleGraphType : EnumerationGraphType<ApiKeyRole>
{
    public ApiKeyRoleGraphType() => Description = "What an API key may do: ANALYST edits entries, ADMIN also manages categories and removes facts.";
}
