using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace Landscape.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    key_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                    table.CheckConstraint("ck_api_keys_role", "role IN ('ANALYST', 'ADMIN')");
                });

            migrationBuilder.CreateTable(
                name: "categories",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    layer = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    parent_id = table.Column<int>(type: "integer", nullable: true),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_categories", x => x.id);
                    table.CheckConstraint("ck_categories_layer", "layer IN ('MODEL', 'MIDDLEWARE', 'APPLICATION')");
                    table.CheckConstraint("ck_categories_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.ForeignKey(
                        name: "fk_categories_categories_parent_id",
                        column: x => x.parent_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_id = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_changes", x => x.id);
                    table.CheckConstraint("ck_changes_action", "action IN ('CREATE', 'UPDATE', 'ARCHIVE', 'DELETE')");
                });

            migrationBuilder.CreateTable(
                name: "organizations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    founded_year = table.Column<int>(type: "integer", nullable: true),
                    hq_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    hq_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    website_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    logo_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organizations", x => x.id);
                    table.CheckConstraint("ck_organizations_founded_year", "founded_year BETWEEN 1800 AND 2200");
                    table.CheckConstraint("ck_organizations_hq_country", "hq_country ~ '^[A-Z]{2}$'");
                    table.CheckConstraint("ck_organizations_kind", "kind IN ('COMPANY', 'BIG_TECH', 'LAB', 'INVESTOR', 'COMMUNITY')");
                    table.CheckConstraint("ck_organizations_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                });

            migrationBuilder.CreateTable(
                name: "sources",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    retrieved_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sources", x => x.id);
                    table.CheckConstraint("ck_sources_url", "url ~ '^https?://'");
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: true),
                    layer = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    launched_on = table.Column<DateOnly>(type: "date", nullable: true),
                    discontinued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    homepage_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    logo_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    open_source = table.Column<bool>(type: "boolean", nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                        .Annotation("Npgsql:TsVectorConfig", "english")
                        .Annotation("Npgsql:TsVectorProperties", new[] { "name", "description" }),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.id);
                    table.CheckConstraint("ck_products_discontinued_after_launch", "discontinued_on IS NULL OR launched_on IS NULL OR discontinued_on >= launched_on");
                    table.CheckConstraint("ck_products_layer", "layer IN ('MODEL', 'MIDDLEWARE', 'APPLICATION')");
                    table.CheckConstraint("ck_products_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.CheckConstraint("ck_products_status", "status IN ('ACTIVE', 'DISCONTINUED', 'ACQUIRED')");
                    table.ForeignKey(
                        name: "fk_products_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "funding_rounds",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organization_id = table.Column<int>(type: "integer", nullable: false),
                    announced_on = table.Column<DateOnly>(type: "date", nullable: false),
                    round_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    amount_usd = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    post_money_valuation_usd = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    source_id = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_rounds", x => x.id);
                    table.CheckConstraint("ck_funding_rounds_amount", "amount IS NULL OR amount >= 0");
                    table.CheckConstraint("ck_funding_rounds_amount_usd", "amount_usd IS NULL OR amount_usd >= 0");
                    table.CheckConstraint("ck_funding_rounds_amount_usd_required", "amount IS NULL OR amount_usd IS NOT NULL");
                    table.CheckConstraint("ck_funding_rounds_currency", "currency IS NULL OR currency ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_funding_rounds_round_type", "round_type IN ('PRE_SEED', 'SEED', 'SERIES_A', 'SERIES_B', 'SERIES_C', 'SERIES_D', 'SERIES_E', 'SERIES_F', 'SERIES_G', 'SERIES_H', 'SERIES_I', 'SERIES_J', 'CORPORATE', 'STRATEGIC', 'GRANT', 'DEBT', 'IPO', 'UNDISCLOSED')");
                    table.CheckConstraint("ck_funding_rounds_valuation", "post_money_valuation_usd IS NULL OR post_money_valuation_usd >= 0");
                    table.ForeignKey(
                        name: "fk_funding_rounds_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_funding_rounds_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "models",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organization_id = table.Column<int>(type: "integer", nullable: true),
                    released_on = table.Column<DateOnly>(type: "date", nullable: true),
                    parameters = table.Column<long>(type: "bigint", nullable: true),
                    training_tokens = table.Column<long>(type: "bigint", nullable: true),
                    context_window = table.Column<int>(type: "integer", nullable: true),
                    modality = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    open_weights = table.Column<bool>(type: "boolean", nullable: false),
                    license = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    training_gpus = table.Column<int>(type: "integer", nullable: true),
                    training_gpu_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    training_days = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    training_cost_usd = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    source_id = table.Column<int>(type: "integer", nullable: true),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_models", x => x.id);
                    table.CheckConstraint("ck_models_context_window", "context_window IS NULL OR context_window > 0");
                    table.CheckConstraint("ck_models_modality", "modality IN ('TEXT', 'CODE', 'IMAGE', 'AUDIO', 'VIDEO', 'MULTIMODAL', 'EMBEDDING')");
                    table.CheckConstraint("ck_models_parameters", "parameters IS NULL OR parameters > 0");
                    table.CheckConstraint("ck_models_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.CheckConstraint("ck_models_training_cost_usd", "training_cost_usd IS NULL OR training_cost_usd >= 0");
                    table.CheckConstraint("ck_models_training_days", "training_days IS NULL OR training_days > 0");
                    table.CheckConstraint("ck_models_training_gpus", "training_gpus IS NULL OR training_gpus > 0");
                    table.CheckConstraint("ck_models_training_tokens", "training_tokens IS NULL OR training_tokens > 0");
                    table.ForeignKey(
                        name: "fk_models_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_models_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "product_categories",
                columns: table => new
                {
                    product_id = table.Column<int>(type: "integer", nullable: false),
                    category_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_categories", x => new { x.product_id, x.category_id });
                    table.ForeignKey(
                        name: "fk_product_categories_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_product_categories_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "usage_metrics",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    product_id = table.Column<int>(type: "integer", nullable: false),
                    metric = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    value = table.Column<long>(type: "bigint", nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: true),
                    period_end = table.Column<DateOnly>(type: "date", nullable: true),
                    method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    source_id = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_usage_metrics", x => x.id);
                    table.CheckConstraint("ck_usage_metrics_method", "method IN ('COMPANY_REPORTED', 'THIRD_PARTY_ESTIMATE', 'MEDIA_REPORT')");
                    table.CheckConstraint("ck_usage_metrics_metric", "metric IN ('MONTHLY_ACTIVE_USERS', 'WEEKLY_ACTIVE_USERS', 'DAILY_ACTIVE_USERS', 'REGISTERED_USERS', 'COMMUNITY_MEMBERS', 'MONTHLY_VISITS', 'PAYING_SUBSCRIBERS', 'DOWNLOADS', 'ANNUALIZED_REVENUE_USD')");
                    table.CheckConstraint("ck_usage_metrics_period", "period_start IS NULL OR period_end IS NULL OR period_end >= period_start");
                    table.CheckConstraint("ck_usage_metrics_value", "value >= 0");
                    table.ForeignKey(
                        name: "fk_usage_metrics_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_usage_metrics_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "funding_round_investors",
                columns: table => new
                {
                    funding_round_id = table.Column<int>(type: "integer", nullable: false),
                    investor_id = table.Column<int>(type: "integer", nullable: false),
                    is_lead = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_round_investors", x => new { x.funding_round_id, x.investor_id });
                    table.ForeignKey(
                        name: "fk_funding_round_investors_funding_rounds_funding_round_id",
                        column: x => x.funding_round_id,
                        principalTable: "funding_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_funding_round_investors_organizations_investor_id",
                        column: x => x.investor_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "model_lineage",
                columns: table => new
                {
                    model_id = table.Column<int>(type: "integer", nullable: false),
                    derived_from_id = table.Column<int>(type: "integer", nullable: false),
                    relation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_model_lineage", x => new { x.model_id, x.derived_from_id });
                    table.CheckConstraint("ck_model_lineage_not_self", "model_id <> derived_from_id");
                    table.CheckConstraint("ck_model_lineage_relation", "relation IN ('FINE_TUNE', 'SUCCESSOR', 'DISTILLATION', 'CONTINUED_PRETRAINING', 'MERGE')");
                    table.ForeignKey(
                        name: "fk_model_lineage_models_derived_from_id",
                        column: x => x.derived_from_id,
                        principalTable: "models",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_model_lineage_models_model_id",
                        column: x => x.model_id,
                        principalTable: "models",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "product_models",
                columns: table => new
                {
                    product_id = table.Column<int>(type: "integer", nullable: false),
                    model_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_models", x => new { x.product_id, x.model_id });
                    table.ForeignKey(
                        name: "fk_product_models_models_model_id",
                        column: x => x.model_id,
                        principalTable: "models",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_product_models_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_key_hash",
                table: "api_keys",
                column: "key_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_categories_layer_sort_order",
                table: "categories",
                columns: new[] { "layer", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "ix_categories_parent_id",
                table: "categories",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_categories_slug",
                table: "categories",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_changes_at",
                table: "changes",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_changes_entity_type_entity_id_id",
                table: "changes",
                columns: new[] { "entity_type", "entity_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_funding_round_investors_investor_id",
                table: "funding_round_investors",
                column: "investor_id");

            migrationBuilder.CreateIndex(
                name: "ix_funding_rounds_announced_on",
                table: "funding_rounds",
                column: "announced_on");

            migrationBuilder.CreateIndex(
                name: "ix_funding_rounds_organization_id_round_type_announced_on",
                table: "funding_rounds",
                columns: new[] { "organization_id", "round_type", "announced_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_funding_rounds_source_id",
                table: "funding_rounds",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_model_lineage_derived_from_id",
                table: "model_lineage",
                column: "derived_from_id");

            migrationBuilder.CreateIndex(
                name: "ix_models_name_trgm",
                table: "models",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_models_organization_id",
                table: "models",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_models_slug",
                table: "models",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_models_source_id",
                table: "models",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_hq_country",
                table: "organizations",
                column: "hq_country");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_name_trgm",
                table: "organizations",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_organizations_slug",
                table: "organizations",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_product_categories_category_id",
                table: "product_categories",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_product_models_model_id",
                table: "product_models",
                column: "model_id");

            migrationBuilder.CreateIndex(
                name: "ix_products_launched_on",
                table: "products",
                column: "launched_on");

            migrationBuilder.CreateIndex(
                name: "ix_products_layer_name_id",
                table: "products",
                columns: new[] { "layer", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_products_name_trgm",
                table: "products",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_products_organization_id",
                table: "products",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_products_search_vector",
                table: "products",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_products_slug",
                table: "products",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_products_updated_at",
                table: "products",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_sources_url",
                table: "sources",
                column: "url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_usage_metrics_product_id_metric_as_of",
                table: "usage_metrics",
                columns: new[] { "product_id", "metric", "as_of" });

            migrationBuilder.CreateIndex(
                name: "ix_usage_metrics_product_id_metric_as_of_source_id",
                table: "usage_metrics",
                columns: new[] { "product_id", "metric", "as_of", "source_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_usage_metrics_source_id",
                table: "usage_metrics",
                column: "source_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "changes");

            migrationBuilder.DropTable(
                name: "funding_round_investors");

            migrationBuilder.DropTable(
                name: "model_lineage");

            migrationBuilder.DropTable(
                name: "product_categories");

            migrationBuilder.DropTable(
                name: "product_models");

            migrationBuilder.DropTable(
                name: "usage_metrics");

            migrationBuilder.DropTable(
                name: "funding_rounds");

            migrationBuilder.DropTable(
                name: "categories");

            migrationBuilder.DropTable(
                name: "models");

            migrationBuilder.DropTable(
                name: "products");

            migrationBuilder.DropTable(
                name: "sources");

            migrationBuilder.DropTable(
                name: "organizations");
        }
    }
}
