using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Landscape.Data.Migrations
{
    /// <inheritdoc />
    public partial class DenormalizedSortColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "latest_mau",
                table: "products",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "organization_funding_usd",
                table: "products",
                type: "numeric(20,2)",
                precision: 20,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "total_funding_usd",
                table: "organizations",
                type: "numeric(20,2)",
                precision: 20,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_products_layer_organization_funding_usd_id",
                table: "products",
                columns: new[] { "layer", "organization_funding_usd", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_products_organization_funding_usd_id",
                table: "products",
                columns: new[] { "organization_funding_usd", "id" });

            // What EF cannot express: the triggers that keep the columns above. Statement-level
            // triggers with transition tables refresh each touched organization or product once per
            // statement, so a bulk COPY of rounds or usage facts costs one set-based update.
            migrationBuilder.Sql("""
                CREATE FUNCTION refresh_organization_funding(ids int[]) RETURNS void LANGUAGE sql AS $$
                    UPDATE organizations o SET total_funding_usd = t.total
                    FROM (SELECT i.id, (SELECT sum(r.amount_usd) FROM funding_rounds r WHERE r.organization_id = i.id) AS total
                          FROM unnest(ids) AS i(id)) t
                    WHERE o.id = t.id AND o.total_funding_usd IS DISTINCT FROM t.total;
                    -- A join with unnest, not "= ANY(ids)": a bulk load passes tens of thousands of ids.
                    UPDATE products p SET organization_funding_usd = coalesce(o.total_funding_usd, 0)
                    FROM organizations o JOIN unnest(ids) AS i(id) ON i.id = o.id
                    WHERE p.organization_id = o.id AND p.organization_funding_usd <> coalesce(o.total_funding_usd, 0);
                $$;

                CREATE FUNCTION funding_rounds_refresh_totals() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM refresh_organization_funding(ARRAY(SELECT DISTINCT organization_id FROM new_rows));
                    ELSIF TG_OP = 'DELETE' THEN
                        PERFORM refresh_organization_funding(ARRAY(SELECT DISTINCT organization_id FROM old_rows));
                    ELSE
                        PERFORM refresh_organization_funding(ARRAY(
                            SELECT organization_id FROM new_rows UNION SELECT organization_id FROM old_rows));
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER funding_rounds_totals_insert AFTER INSERT ON funding_rounds
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION funding_rounds_refresh_totals();
                CREATE TRIGGER funding_rounds_totals_update AFTER UPDATE ON funding_rounds
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION funding_rounds_refresh_totals();
                CREATE TRIGGER funding_rounds_totals_delete AFTER DELETE ON funding_rounds
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION funding_rounds_refresh_totals();

                CREATE FUNCTION products_copy_organization_funding() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.organization_funding_usd := coalesce(
                        (SELECT o.total_funding_usd FROM organizations o WHERE o.id = NEW.organization_id), 0);
                    RETURN NEW;
                END $$;

                CREATE TRIGGER products_organization_funding BEFORE INSERT OR UPDATE OF organization_id, organization_funding_usd ON products
                    FOR EACH ROW EXECUTE FUNCTION products_copy_organization_funding();

                CREATE FUNCTION refresh_latest_mau(ids int[]) RETURNS void LANGUAGE sql AS $$
                    UPDATE products p SET latest_mau = t.value
                    FROM (SELECT i.id, (SELECT u.value FROM usage_metrics u
                                        WHERE u.product_id = i.id AND u.metric = 'MONTHLY_ACTIVE_USERS'
                                        ORDER BY u.as_of DESC, u.id DESC LIMIT 1) AS value
                          FROM unnest(ids) AS i(id)) t
                    WHERE p.id = t.id AND p.latest_mau IS DISTINCT FROM t.value;
                $$;

                CREATE FUNCTION usage_metrics_refresh_latest() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM refresh_latest_mau(ARRAY(SELECT DISTINCT product_id FROM new_rows));
                    ELSIF TG_OP = 'DELETE' THEN
                        PERFORM refresh_latest_mau(ARRAY(SELECT DISTINCT product_id FROM old_rows));
                    ELSE
                        PERFORM refresh_latest_mau(ARRAY(SELECT product_id FROM new_rows UNION SELECT product_id FROM old_rows));
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER usage_metrics_latest_insert AFTER INSERT ON usage_metrics
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usage_metrics_refresh_latest();
                CREATE TRIGGER usage_metrics_latest_update AFTER UPDATE ON usage_metrics
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usage_metrics_refresh_latest();
                CREATE TRIGGER usage_metrics_latest_delete AFTER DELETE ON usage_metrics
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION usage_metrics_refresh_latest();

                SELECT refresh_organization_funding(ARRAY(SELECT id FROM organizations));
                SELECT refresh_latest_mau(ARRAY(SELECT id FROM products));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER usage_metrics_latest_insert ON usage_metrics;
                DROP TRIGGER usage_metrics_latest_update ON usage_metrics;
                DROP TRIGGER usage_metrics_latest_delete ON usage_metrics;
                DROP FUNCTION usage_metrics_refresh_latest();
                DROP FUNCTION refresh_latest_mau(int[]);
                DROP TRIGGER products_organization_funding ON products;
                DROP FUNCTION products_copy_organization_funding();
                DROP TRIGGER funding_rounds_totals_insert ON funding_rounds;
                DROP TRIGGER funding_rounds_totals_update ON funding_rounds;
                DROP TRIGGER funding_rounds_totals_delete ON funding_rounds;
                DROP FUNCTION funding_rounds_refresh_totals();
                DROP FUNCTION refresh_organization_funding(int[]);
                """);
            migrationBuilder.DropIndex(
                name: "ix_products_layer_organization_funding_usd_id",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_products_organization_funding_usd_id",
                table: "products");

            migrationBuilder.DropColumn(
                name: "latest_mau",
                table: "products");

            migrationBuilder.DropColumn(
                name: "organization_funding_usd",
                table: "products");

            migrationBuilder.DropColumn(
                name: "total_funding_usd",
                table: "organizations");
        }
    }
}
