using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Landscape.Data;

/// <summary>
/// On the primary's contexts only: a SaveChanges, or a command that is not a query
/// (ExecuteUpdate/ExecuteDelete, raw SQL), marks the current request as having written, so
/// whoever writes gets read-your-writes without having to remember to ask for it.
/// </summary>
internal sealed class WriteDetector : DbCommandInterceptor, ISaveChangesInterceptor
{
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ReadYourWrites.Current?.MarkWritten();
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        ReadYourWrites.Current?.MarkWritten();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        ReadYourWrites.Current?.MarkWritten();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ReadYourWrites.Current?.MarkWritten();
        return ValueTask.FromResult(result);
    }
}
