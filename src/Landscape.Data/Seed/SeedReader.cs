using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace Landscape.Data.Seed;

/// <summary>Reads seed YAML into a <see cref="SeedCatalog"/>, remembering each entry's file and line.</summary>
public static partial class SeedReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithNodeDeserializer(inner => new LineTrackingNodeDeserializer(inner), s => s.InsteadOf<ObjectNodeDeserializer>())
        .Build();

    /// <summary>Every *.yml / *.yaml file below <paramref name="directory"/>, in a stable order; names are relative to it.</summary>
    public static SeedCatalog ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Seed folder '{directory}' does not exist.");
        }
        var files = Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        var catalog = new SeedCatalog { Name = directory };
        foreach (var file in files)
        {
            Read(catalog, Path.GetRelativePath(directory, file).Replace('\\', '/'), File.ReadAllText(file));
        }
        return catalog;
    }

    /// <summary>One document (a file, or an import sent through the API).</summary>
    public static SeedCatalog ReadDocument(string name, string yamlOrJson)
    {
        var catalog = new SeedCatalog { Name = name };
        Read(catalog, name, yamlOrJson);
        return catalog;
    }

    private static void Read(SeedCatalog catalog, string name, string text)
    {
        try
        {
            var file = Deserializer.Deserialize<SeedFile?>(text) ?? new SeedFile();
            catalog.Add(name, file);
        }
        catch (YamlException e)
        {
            // The deserializer reports some syntax errors only as "Exception during deserialization";
            // the bare parser names most of them properly, so its error, when it finds one, is preferred.
            var error = FirstSyntaxError(text) ?? e;
            var reason = error.InnerException switch
            {
                // YamlDotNet's scanner fails this way on an unclosed flow sequence or mapping.
                InvalidOperationException => "Not valid YAML near here (an unclosed bracket?).",
                { } inner and not YamlException => inner.Message,
                _ => error.Message,
            };
            // YamlDotNet prefixes its own position, which we report separately.
            var cut = reason.IndexOf("): ", StringComparison.Ordinal);
            if (reason.StartsWith('(') && cut > 0)
            {
                reason = reason[(cut + 3)..];
            }
            catalog.Problems.Add(new SeedProblem(name, (int)error.Start.Line, "", Validation.ErrorCodes.Syntax, Plain(reason)));
        }
    }

    /// <summary>
    /// YamlDotNet's mapping errors name .NET types ("Property 'x' not found on type
    /// 'Landscape.Data.Seed.SeedFile'"); an import answers them to anyone, so say it in the
    /// format's own terms and never with an internal type name.
    /// </summary>
    private static string Plain(string reason)
    {
        if (UnknownKey().Match(reason) is { Success: true } unknown)
        {
            return $"Unknown key '{unknown.Groups[1].Value}' here.";
        }
        if (reason.StartsWith("Invalid cast from", StringComparison.Ordinal) || reason.StartsWith("No node deserializer", StringComparison.Ordinal))
        {
            return "A value of the wrong kind here (a list or mapping where a single value belongs, or the other way round).";
        }
        return TypeName().IsMatch(reason) ? "Not valid in the seed format here." : reason;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Property '([^']*)' not found on type")]
    private static partial System.Text.RegularExpressions.Regex UnknownKey();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(System|Landscape|YamlDotNet|Microsoft)\.[A-Z]")]
    private static partial System.Text.RegularExpressions.Regex TypeName();

    private static YamlException? FirstSyntaxError(string text)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
            }
            return null;
        }
        catch (YamlException e)
        {
            return e;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private sealed class LineTrackingNodeDeserializer(INodeDeserializer inner) : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
            out object? value, ObjectDeserializer rootDeserializer)
        {
            var line = reader.Current?.Start.Line ?? 0;
            if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
            {
                return false;
            }
            if (value is SeedEntry entry)
            {
                entry.Line = (int)line;
            }
            return true;
        }
    }
}
