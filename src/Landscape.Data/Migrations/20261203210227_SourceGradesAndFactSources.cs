using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Landscape.Data.Migrations
{
    /// <inheritdoc />
    public partial class SourceGradesAndFactSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "grade",
                table: "sources",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "launch_source_id",
                table: "products",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "source_id",
                table: "model_lineage",
                type: "integer",
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_sources_grade",
                table: "sources",
                sql: "grade IN ('PRIMARY', 'NEWS', 'SECONDARY')");

            migrationBuilder.CreateIndex(
                name: "ix_products_launch_source_id",
                table: "products",
                column: "launch_source_id");

            migrationBuilder.CreateIndex(
                name: "ix_model_lineage_source_id",
                table: "model_lineage",
                column: "source_id");

            migrationBuilder.AddForeignKey(
                name: "fk_model_lineage_sources_source_id",
                table: "model_lineage",
                column: "source_id",
                principalTable: "sources",
                principalColumn: "id");

            migrationBuilder.AddForeignKey(
                name: "fk_products_sources_launch_source_id",
                table: "products",
                column: "launch_source_id",
                principalTable: "sources",
                principalColumn: "id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_model_lineage_sources_source_id",
                table: "model_lineage");

            migrationBuilder.DropForeignKey(
                name: "fk_products_sources_launch_source_id",
                table: "products");

            migrationBuilder.DropCheckConstraint(
                name: "ck_sources_grade",
                table: "sources");

            migrationBuilder.DropIndex(
                name: "ix_products_launch_source_id",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_model_lineage_source_id",
                table: "model_lineage");

            migrationBuilder.DropColumn(
                name: "grade",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "launch_source_id",
                table: "products");

            migrationBuilder.DropColumn(
                name: "source_id",
                table: "model_lineage");
        }
    }
}
