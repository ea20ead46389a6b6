using Landscape.Api.Commands;
using Landscape.Api.Hosting;

return await CommandLine.Parse(args).RunAsync(builder => builder.AddLandscape(), app => app.MapLandscape());

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
