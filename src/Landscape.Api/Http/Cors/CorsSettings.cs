using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Landscape.Api.Http.Cors;

/// <summary>
/// Section `Cors` of the configuration: which web origins may read the API from a browser.
/// By default any origin, without credentials (no cookies are used; API keys travel in headers),
/// so a dashboard on any site can call /graphql and fetch the exports.
/// </summary>
public sealed class CorsSettings
{
    public const string Section = "Cors";
    public const string PolicyName = "Landscape";

    /// <summary>
    /// Allowed origins ("https://dash.example.org"); empty (the default) or "*": any origin. Empty
    /// rather than ["*"] by default, because configuration binding appends to a list's items.
    /// </summary>
    public List<string> Origins { get; set; } = [];

    /// <summary>How long a browser may keep a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromHours(1);

    public void Apply(CorsPolicyBuilder policy)
    {
        if (Origins.Count == 0 || Origins.Contains("*"))
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins([.. Origins]);
        }
        policy.WithMethods("GET", "POST")
            .WithHeaders("Content-Type", "Accept", "Authorization", "X-Api-Key")
            // A script may read the validators that make its GETs revalidate cheaply.
            .WithExposedHeaders("ETag")
            .SetPreflightMaxAge(PreflightMaxAge);
    }
}
