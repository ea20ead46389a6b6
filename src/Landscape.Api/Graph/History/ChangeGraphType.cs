using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.History;

public sealed class ChangeGraphType : ObjectGraphType<Change>
{
    public ChangeGraphType()
    {
        Name = "Change";
        Description = "One successful write: who, when, what, and the entry's fields before and after.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The change's id.").Resolve(c => c.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When it was written.").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Who wrote it: `key:<name>` of the API key used.").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<StringGraphType>>("entityType").Description("What kind of entry changed (Product, Organization, ...).").Resolve(c => c.Source.EntityType);
        Field<NonNullGraphType<IdGraphType>>("entityId").Description("The global id of the entry that changed.")
            .Resolve(c => GlobalId.Encode(c.Source.EntityType, c.Source.EntityId));
        Field<NonNullGraphType<ChangeActionGraphType>>("action").Description("CREATE, UPDATE, ARCHIVE or DELETE.").Resolve(c => c.Source.Action);
        Field<StringGraphType>("before").Description("The entry's fields before, as a JSON object; null for a creation.").Resolve(c => c.Source.Before);
        Field<StringGraphType>("after").Description("The entry's fields after, as a JSON object; null for a removal.").Resolve(c => c.Source.After);
    }
}

public sealed class ChangeActionGraphType : EnumerationGraphType<ChangeAction>
{
    public ChangeActionGraphType() => Description = "What a write did.";
}

public sealed class ChangeConnectionGraphType() : ConnectionGraphType<ChangeGraphType, ChangeEdgeGraphType, Change>("Change");

public sealed class ChangeEdgeGraphType() : EdgeGraphType<ChangeGraphType, Change>("Change");
