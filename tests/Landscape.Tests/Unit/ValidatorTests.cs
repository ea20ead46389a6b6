using Landscape.Data.Entities;
using Landscape.Data.Validation;

namespace Landscape.Tests.Unit;

public sealed class ValidatorTests
{
    private static readonly CatalogValidators Validators = new(TimeProvider.System);

    [Fact]
    public void A_complete_funding_round_is_valid()
    {
        var round = new FundingRound
        {
            AnnouncedOn = new DateOnly(2023, 1, 23), RoundType = RoundType.Corporate, Amount = 10_000_000_000m, Currency = "USD",
            AmountUsd = 10_000_000_000m,
        };
        Assert.True(Validators.FundingRound.Validate(round).IsValid);
    }

    [Fact]
    public void Every_failing_field_of_a_funding_round_is_reported_at_once_with_its_code()
    {
        var round = new FundingRound { AnnouncedOn = new DateOnly(1850, 1, 1), Amount = -5m, Currency = "usd", PostMoneyValuationUsd = -1m };

        var codes = Validators.FundingRound.Validate(round).Errors.Select(e => (e.PropertyName, e.ErrorCode)).ToHashSet();

        Assert.Contains(("AnnouncedOn", ErrorCodes.DateTooEarly), codes);
        Assert.Contains(("Amount", ErrorCodes.Negative), codes);
        Assert.Contains(("AmountUsd", ErrorCodes.UsdAmountRequired), codes);
        Assert.Contains(("Currency", ErrorCodes.InvalidCurrency), codes);
        Assert.Contains(("PostMoneyValuationUsd", ErrorCodes.Negative), codes);
    }

    [Theory]
    [InlineData("character-ai", true)]
    [InlineData("gpt-4", true)]
    [InlineData("Character.AI", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("-leading", false)]
    [InlineData("", false)]
    public void Slugs_are_lowercase_words_joined_by_single_hyphens(string slug, bool valid)
    {
        var organization = new Organization { Slug = slug, Name = "Name", Kind = OrganizationKind.Company };
        Assert.Equal(valid, Validators.Organization.Validate(organization).IsValid);
    }

    [Theory]
    [InlineData("https://openai.com", true)]
    [InlineData("http://example.org/x?y=1", true)]
    [InlineData("ftp://example.org", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("openai.com", false)]
    public void Urls_must_be_absolute_http_or_https(string url, bool valid)
    {
        var product = new Product { Slug = "p", Name = "P", Layer = Layer.Application, Status = ProductStatus.Active, HomepageUrl = url };
        Assert.Equal(valid, Validators.Product.Validate(product).IsValid);
    }

    [Fact]
    public void Dates_in_the_future_are_refused()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var usage = new UsageMetric { Metric = UsageMetricKind.MonthlyActiveUsers, Value = 5, AsOf = tomorrow, Method = MeasurementMethod.CompanyReported };
        Assert.Contains(Validators.UsageMetric.Validate(usage).Errors, e => e.ErrorCode == ErrorCodes.DateInFuture);
    }

    [Theory]
    [InlineData("SeriesA", "SERIES_A")]
    [InlineData("MonthlyActiveUsers", "MONTHLY_ACTIVE_USERS")]
    [InlineData("Ipo", "IPO")]
    [InlineData("BigTech", "BIG_TECH")]
    public void Enum_names_are_stored_in_constant_case(string pascal, string constant) =>
        Assert.Equal(constant, Landscape.Data.ConstantCase.Convert(pascal));
}
