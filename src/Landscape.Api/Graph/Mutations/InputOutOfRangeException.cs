namespace Landscape.Api.Graph.Mutations;

/// <summary>
/// An input value its field's type cannot hold (a Float past decimal's range for a money amount):
/// thrown while binding an input record (<see cref="RecordInputGraphType{TRecord}"/>), answered by the mutation as an
/// OUT_OF_RANGE user error at that field, with nothing written.
/// </summary>
public sealed class InputOutOfRangeException : Exception
{
    public InputOutOfRangeException()
    {
        Field = [];
    }

    public InputOutOfRangeException(string message) : base(message)
    {
        Field = [];
    }

    public InputOutOfRangeException(string message, Exception innerException) : base(message, innerException)
    {
        Field = [];
    }

    public InputOutOfRangeException(IReadOnlyList<string> field, Exception innerException)
        : base("The value is out of range for this field.", innerException)
    {
        Field = field;
    }

    public IReadOnlyList<string> Field { get; }
}
