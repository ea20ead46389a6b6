using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Landscape.Api.Auth;

/// <summary>API key secrets: 32 random bytes shown once; only their SHA-256 is stored.</summary>
public static class ApiKeySecret
{
    public const string Prefix = "lsk_";

    public static string Generate() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
