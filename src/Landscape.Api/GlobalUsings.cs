// The schema's plumbing, used by nearly every feature folder.
global using Landscape.Api.Graph.Connections;
global using Landscape.Api.Graph.Limits;
global using Landscape.Api.Graph.Loading;
global using Landscape.Api.Graph.Pipeline;
global using Landscape.Api.Graph.Types;
