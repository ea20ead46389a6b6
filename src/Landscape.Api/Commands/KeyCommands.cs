using Landscape.Api.Auth;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Commands;

/// <summary>`keys create|list|revoke`: API keys for analysts. A key is printed once; only its hash is stored.</summary>
public static class KeyCommands
{
    /// <summary>What is wrong with a `keys` command line, found before the host is built or anything connects; null if nothing.</summary>
    public static string? UsageError(string verb, string[] args) => verb switch
    {
        "keys create" when ConstantCase.TryParse<ApiKeyRole>(Option(args, "--role")?.ToUpperInvariant(), out _)
            && Option(args, "--name") is { Length: > 0 and <= 200 } name && !string.IsNullOrWhiteSpace(name) => null,
        "keys create" => "Usage: keys create --role ANALYST|ADMIN --name NAME (a name of at most 200 characters)",
        "keys list" when args.Length == 0 => null,
        "keys list" => "Usage: keys list",
        "keys revoke" when args.Length == 1 && int.TryParse(args[0], out _) => null,
        "keys revoke" => "Usage: keys revoke ID (see `keys list`)",
        _ => "Usage: keys create --role ANALYST|ADMIN --name NAME | keys list | keys revoke ID",
    };

    /// <summary>Runs a `keys` verb whose arguments <see cref="UsageError"/> accepted.</summary>
    public static async Task<int> RunAsync(string verb, string[] args, IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<LandscapeDbContext>();
        switch (verb)
        {
            case "keys create":
                return await CreateAsync(db, ConstantCase.Parse<ApiKeyRole>(Option(args, "--role")!.ToUpperInvariant()), Option(args, "--name")!, cancellationToken);
            case "keys list":
                foreach (var key in await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken))
                {
                    Console.WriteLine($"{key.Id,4}  {ConstantCase.Name(key.Role),-8} {key.Name,-30} created {key.CreatedAt:yyyy-MM-dd}" +
                        (key.RevokedAt is { } revoked ? $"  REVOKED {revoked:yyyy-MM-dd}" : ""));
                }
                return 0;
            default:
                return await RevokeAsync(db, args, cancellationToken);
        }
    }

    private static async Task<int> CreateAsync(LandscapeDbContext db, ApiKeyRole role, string name, CancellationToken cancellationToken)
    {
        var secret = ApiKeySecret.Generate();
        var key = new ApiKey { Name = name, Role = role, KeyHash = ApiKeySecret.Hash(secret), CreatedAt = DateTimeOffset.UtcNow };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        Console.WriteLine($"Key {key.Id} ({ConstantCase.Name(role)}, \"{name}\"). It is shown once; store it now:");
        Console.WriteLine(secret);
        return 0;
    }

    private static async Task<int> RevokeAsync(LandscapeDbContext db, string[] args, CancellationToken cancellationToken)
    {
        var id = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            await Console.Error.WriteLineAsync($"No key {id}.");
            return 1;
        }
        key.RevokedAt ??= DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        Console.WriteLine($"Key {id} (\"{key.Name}\") is revoked.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
