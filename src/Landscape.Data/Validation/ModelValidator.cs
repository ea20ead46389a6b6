using FluentValidation;
using Landscape.Data.Entities;

namespace Landscape.Data.Validation;

/// <summary>The rules of one model's own fields.</summary>
public sealed class ModelValidator : AbstractValidator<Model>
{
    public ModelValidator(TimeProvider clock)
    {
        RuleFor(x => x.Slug).Slug();
        RuleFor(x => x.Name).Required().MaxLength(RuleExtensions.NameMaxLength);
        RuleFor(x => x.ReleasedOn).FactDate(clock);
        RuleFor(x => x.Parameters).Positive();
        RuleFor(x => x.TrainingTokens).Positive();
        RuleFor(x => x.ContextWindow).Positive();
        RuleFor(x => x.TrainingGpus).Positive();
        RuleFor(x => x.TrainingDays).Positive();
        RuleFor(x => x.TrainingCostUsd).NotNegative();
        RuleFor(x => x.License).MaxLength(RuleExtensions.NameMaxLength);
        RuleFor(x => x.TrainingGpuType).MaxLength(100);
        RuleFor(x => x.Description).MaxLength(RuleExtensions.DescriptionMaxLength);
    }
}
