using Landscape.Api.Commands;
using Landscape.Api.Hosting;

var command = CommandLine.Parse(args);
if (command.RunsWithoutHost)
{
    return await command.RunWithoutHostAsync();
}
var builder = WebApplication.CreateBuilder(ContentRoot.Options(command.HostArgs));
builder.AddLandscape();
var app = builder.Build();
app.MapLandscape();
return await command.RunAsync(app);

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
