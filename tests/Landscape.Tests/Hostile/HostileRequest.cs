using System.Net.Http.Headers;

namespace Landscape.Tests.Hostile;

/// <summary>One request of the hostile corpus, as it goes on the wire: method, path, headers, raw body bytes and which key it carries.</summary>
public sealed record HostileRequest(
    string Name,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    byte[]? Body,
    HostileAuth Auth)
{
    /// <summary>The request text (path and body, lossily decoded): a leak marker the request itself contains may be echoed back.</summary>
    public string Text => Uri.UnescapeDataString(Path.Replace("+", " ", StringComparison.Ordinal))
        + (Body is null ? "" : System.Text.Encoding.UTF8.GetString(Body));

    public HttpRequestMessage ToMessage(string? analystKey)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            // ByteArrayContent sends no Content-Type unless one is given: the corpus says which, if any.
            if (!Headers.Keys.Any(h => h.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
            {
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }
        }
        foreach (var (name, value) in Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                message.Content ??= new ByteArrayContent([]);
                if (value.Length > 0)
                {
                    message.Content.Headers.TryAddWithoutValidation(name, value);
                }
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }
        switch (Auth)
        {
            case HostileAuth.Analyst when analystKey is not null:
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", analystKey);
                break;
            case HostileAuth.Bogus:
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "lsk_' OR 1=1 --");
                break;
        }
        return message;
    }

    public override string ToString() => $"{Name} ({Method} {(Path.Length > 80 ? Path[..80] + "…" : Path)}, {Body?.Length ?? 0} bytes)";
}
