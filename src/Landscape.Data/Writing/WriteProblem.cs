namespace Landscape.Data.Writing;

/// <summary>
/// Why a write was refused: the field it is about as a path of the fields record's property names
/// and list indexes (["Investors", "0", "Organization"]; empty for the whole entry), a stable code
/// and a message. Each way in (mutation, seed file, import) spells the path in its own names.
/// </summary>
public sealed record WriteProblem(IReadOnlyList<string> Field, string Code, string Message);
