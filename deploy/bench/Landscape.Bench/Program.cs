using Landscape.Bench;

// Benchmark tools: `generate <S|M|L> <connection>` loads synthetic data beside the curated seed;
// `floor <connection> [--urls URL]` serves the raw-SQL floor. See deploy/bench/README.md.
return args switch
{
    ["generate", var scale, var connection] => await SyntheticData.GenerateAsync(connection, Scale.Parse(scale)),
    ["floor", var connection, .. var rest] => await FloorServer.RunAsync(connection, rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Landscape.Bench generate <S|M|L> <connection-string> | floor <connection-string> [--urls URL]");
    return 2;
}
