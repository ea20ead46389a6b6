
namespace Landscape.Api.Graph.Models;

public sealed class ModelOrder
{
    public ModelOrderField Field { get; set; }
    public OrderDirection Direction { get; set; }
}
