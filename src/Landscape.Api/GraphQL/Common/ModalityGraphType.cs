using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Common;

public sealed class ModalityGraphType : EnumerationGraphType<Modality>
{
    public ModalityGraphType() => Description = "What a model takes in and produces.";
}
