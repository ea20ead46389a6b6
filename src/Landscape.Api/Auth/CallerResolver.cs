using System.Security.Cryptography;
using Landscape.Data;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Auth;

/// <summary>
/// Reads the request's API key (`Authorization: Bearer …` or `X-Api-Key`) once per request and
/// finds the key it belongs to by hash. The key itself is never logged or stored.
/// </summary>
public sealed class CallerResolver(IHttpContextAccessor http, IDbContextFactory<LandscapeDbContext> contexts)
{
    private Task<Caller>? _caller;

    /// <summary>Whether the request presented a key at all (a wrong key is not the same as none).</summary>
    public bool PresentedKey => ReadKey() is not null;

    public Task<Caller> GetAsync(CancellationToken cancellationToken) => _caller ??= ResolveAsync(cancellationToken);

    private async Task<Caller> ResolveAsync(CancellationToken cancellationToken)
    {
        if (ReadKey() is not { } key)
        {
            return Caller.Anonymous;
        }
        var hash = ApiKeySecret.Hash(key);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var match = await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new { k.Id, k.Name, k.Role, k.KeyHash })
            .FirstOrDefaultAsync(cancellationToken);
        // The lookup is by hash, so timing reveals nothing about the secret; compare in constant time all the same.
        return match is not null && CryptographicOperations.FixedTimeEquals(match.KeyHash, hash)
            ? new Caller(match.Id, match.Name, match.Role)
            : Caller.Anonymous;
    }

    private string? ReadKey()
    {
        var headers = http.HttpContext?.Request.Headers;
        if (headers is null)
        {
            return null;
        }
        var authorization = headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim() is { Length: > 0 } bearer ? bearer : null;
        }
        return headers["X-Api-Key"].ToString() is { Length: > 0 } apiKey ? apiKey.Trim() : null;
    }
}
