using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Landscape.Data.Migrations
{
    /// <inheritdoc />
    public partial class MapNameIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_products_name_id",
                table: "products",
                columns: new[] { "name", "id" },
                filter: "archived_at IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "slug", "organization_id", "layer", "launched_on", "discontinued_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_products_name_id",
                table: "products");
        }
    }
}
