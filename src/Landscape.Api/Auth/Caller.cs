using Landscape.Data.Entities;

namespace Landscape.Api.Auth;

/// <summary>Who sent the request: anonymous, or the holder of a valid API key.</summary>
public sealed record Caller(int? KeyId, string? KeyName, ApiKeyRole? Role)
{
    public static readonly Caller Anonymous = new(null, null, null);

    public bool IsAuthenticated => KeyId is not null;

    /// <summary>The actor recorded in the change history.</summary>
    public string Actor => KeyName is null ? "anonymous" : $"key:{KeyName}";
}
