namespace Landscape.Api.Graph.Loading;

/// <summary>A loader that can start the batch of its waiting keys now.</summary>
public interface IDispatchable
{
    /// <summary>Tells the loader the request's other loaders, to start them with its own batch.</summary>
    void Attach(DataLoaders siblings);

    void Dispatch(CancellationToken cancellationToken);
}
