using System.Text.RegularExpressions;
using FluentValidation;

namespace Landscape.Data.Validation;

public static partial class RuleExtensions
{
    public const int SlugMaxLength = 64;
    public const int NameMaxLength = 200;
    public const int UrlMaxLength = 2048;
    public const int DescriptionMaxLength = 4000;
    public const int NoteMaxLength = 2000;

    /// <summary>Facts are about the modern industry; an earlier date is a typo (landscape data has shipped "Series F: 1922").</summary>
    public static readonly DateOnly EarliestFactDate = new(1900, 1, 1);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithErrorCode(ErrorCodes.Required).WithMessage("Required.");

    public static IRuleBuilderOptions<T, TValue?> Required<T, TValue>(this IRuleBuilder<T, TValue?> rule) where TValue : struct =>
        rule.NotNull().WithErrorCode(ErrorCodes.Required).WithMessage("Required.");

    public static IRuleBuilderOptions<T, string?> MaxLength<T>(this IRuleBuilder<T, string?> rule, int max) =>
        rule.Must(v => v is null || v.Length <= max).WithErrorCode(ErrorCodes.TooLong)
            .WithMessage($"Must be at most {max} characters.");

    public static IRuleBuilderOptions<T, string?> Slug<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Required()
            .Must(v => v is null || (v.Length <= SlugMaxLength && SlugPattern().IsMatch(v))).WithErrorCode(ErrorCodes.InvalidSlug)
            .WithMessage($"Must be lowercase letters, digits and single hyphens, at most {SlugMaxLength} characters (e.g. \"character-ai\").");

    public static IRuleBuilderOptions<T, string?> HttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaxLength(UrlMaxLength)
            .Must(v => v is null || IsHttpUrl(v)).WithErrorCode(ErrorCodes.InvalidUrl)
            .WithMessage(HttpUrlMessage);

    public const string HttpUrlMessage = "Must be an absolute http or https URL.";

    public static IRuleBuilderOptions<T, string?> CountryCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || IsoCodes.IsCountry(v)).WithErrorCode(ErrorCodes.InvalidCountry)
            .WithMessage("Must be an ISO 3166-1 alpha-2 country code in capitals (e.g. \"US\", \"CN\").");

    public static IRuleBuilderOptions<T, string?> CurrencyCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || IsoCodes.IsCurrency(v)).WithErrorCode(ErrorCodes.InvalidCurrency)
            .WithMessage("Must be an ISO 4217 currency code in capitals (e.g. \"USD\", \"CNY\").");

    public static IRuleBuilderOptions<T, TValue?> NotNegative<T, TValue>(this IRuleBuilder<T, TValue?> rule)
        where TValue : struct, IComparable<TValue> =>
        rule.Must(v => v is null || v.Value.CompareTo(default) >= 0).WithErrorCode(ErrorCodes.Negative)
            .WithMessage("Must not be negative.");

    public static IRuleBuilderOptions<T, TValue?> Positive<T, TValue>(this IRuleBuilder<T, TValue?> rule)
        where TValue : struct, IComparable<TValue> =>
        rule.Must(v => v is null || v.Value.CompareTo(default) > 0).WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage("Must be greater than zero.");

    /// <summary>A fact's date: known by today and not before 1900.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> FactDate<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Must(v => v is null || v.Value >= EarliestFactDate).WithErrorCode(ErrorCodes.DateTooEarly)
            .WithMessage("Must not be before 1900-01-01.")
            .Must(v => v is null || v.Value <= Today(clock)).WithErrorCode(ErrorCodes.DateInFuture)
            .WithMessage("Must not be in the future.");

    /// <summary>A required fact date (unset, it is the seed mapping's or the schema's REQUIRED, not this rule's).</summary>
    public static IRuleBuilderOptions<T, DateOnly> FactDate<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider clock) =>
        rule.Must(v => v == default || v >= EarliestFactDate).WithErrorCode(ErrorCodes.DateTooEarly)
            .WithMessage("Must not be before 1900-01-01.")
            .Must(v => v <= Today(clock)).WithErrorCode(ErrorCodes.DateInFuture)
            .WithMessage("Must not be in the future.");

    /// <summary>"Month only" in a fact's note means its date is the month's first day; "year only", the year's.</summary>
    public static IRuleBuilderOptions<T, DateOnly> MatchesNote<T>(this IRuleBuilder<T, DateOnly> rule, Func<T, string?> note) =>
        rule.Must((x, date) => date == default || IsPrecise(note(x), date)).WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("The note says month only or year only: write the month's first day (YYYY-MM-01) or the year's (YYYY-01-01).");

    private static bool IsPrecise(string? note, DateOnly date) =>
        note is null
        || ((!note.Contains("month only", StringComparison.OrdinalIgnoreCase) || date.Day == 1)
            && (!note.Contains("year only", StringComparison.OrdinalIgnoreCase) || (date.Month == 1 && date.Day == 1)));

    public static IRuleBuilderOptions<T, long> NotNegative<T>(this IRuleBuilder<T, long> rule) =>
        rule.Must(v => v >= 0).WithErrorCode(ErrorCodes.Negative).WithMessage("Must not be negative.");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
