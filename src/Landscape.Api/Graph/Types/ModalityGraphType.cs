using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Types;

public sealed class ModalityGraphType : EnumerationGraphType<Modality>
{
    public ModalityGraphType() => Description = "What a model takes in and produces.";
}
