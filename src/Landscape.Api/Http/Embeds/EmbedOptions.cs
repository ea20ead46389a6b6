namespace Landscape.Api.Http.Embeds;

/// <summary>Section `Embeds` of the configuration.</summary>
public sealed class EmbedOptions
{
    public const string Section = "Embeds";

    /// <summary>
    /// The CSP frame-ancestors sources allowed to put an embed in an iframe. By default `*` (any
    /// http/https page): the embeds show public data and are made to be embedded anywhere. Set a
    /// list, e.g. "'self' https://dash.example.org", to restrict them.
    /// </summary>
    public string FrameAncestors { get; set; } = "*";
}
