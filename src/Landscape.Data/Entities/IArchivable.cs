namespace Landscape.Data.Entities;

/// <summary>An entry that is archived rather than deleted: it leaves reads, its history stays.</summary>
public interface IArchivable
{
    DateTimeOffset? ArchivedAt { get; set; }
}
