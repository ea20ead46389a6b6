using GraphQL;
using Landscape.Api.Graph.Connections;

namespace Landscape.Tests.Unit;

public sealed class CursorTests
{
    [Fact]
    public void A_cursor_round_trips_its_sort_value_and_id()
    {
        var cursor = Cursor.Encode("name", "ChatGPT", 42);
        var (value, id) = Cursor.Decode(cursor, "name", "after");
        Assert.Equal("ChatGPT", value.GetString());
        Assert.Equal(42, id);
    }

    [Fact]
    public void A_cursor_of_another_ordering_is_refused()
    {
        var cursor = Cursor.Encode("name", "ChatGPT", 42);
        var error = Assert.Throws<ExecutionError>(() => Cursor.Decode(cursor, "launched_on", "after"));
        Assert.Equal("INVALID_CURSOR", error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("YzE6WzFd")]
    public void Garbage_is_refused(string cursor) =>
        Assert.Equal("INVALID_CURSOR", Assert.Throws<ExecutionError>(() => Cursor.Decode(cursor, "name", "after")).Code);
}
