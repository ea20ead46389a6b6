using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Health;

/// <summary>How many sources, or facts citing them, have a grade (null: not graded yet).</summary>
public sealed record GradeCount(SourceGrade? Grade, int Count);
