namespace Landscape.Data.Validation;

/// <summary>Stable codes of validation problems, shared by mutations' userErrors and `seed validate`.</summary>
public static class ErrorCodes
{
    public const string Required = "REQUIRED";
    public const string InvalidSlug = "INVALID_SLUG";
    public const string TooLong = "TOO_LONG";
    public const string InvalidUrl = "INVALID_URL";
    public const string InvalidCountry = "INVALID_COUNTRY";
    public const string InvalidCurrency = "INVALID_CURRENCY";
    public const string InvalidEnum = "INVALID_ENUM";
    public const string InvalidDate = "INVALID_DATE";
    public const string Negative = "NEGATIVE";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string DateInFuture = "DATE_IN_FUTURE";
    public const string DateTooEarly = "DATE_TOO_EARLY";
    public const string UsdAmountRequired = "USD_AMOUNT_REQUIRED";
    public const string InvalidPeriod = "INVALID_PERIOD";
    public const string SourceRequired = "SOURCE_REQUIRED";
    public const string UnknownReference = "UNKNOWN_REFERENCE";
    public const string Duplicate = "DUPLICATE";
    public const string BeforeFounding = "BEFORE_FOUNDING";
    public const string CategoryLayerMismatch = "CATEGORY_LAYER_MISMATCH";
    public const string LineageCycle = "LINEAGE_CYCLE";
    public const string SuccessorAcrossOrganizations = "SUCCESSOR_ACROSS_ORGANIZATIONS";
    public const string Syntax = "SYNTAX";
    public const string Conflict = "CONFLICT";
    public const string NotFound = "NOT_FOUND";
}
