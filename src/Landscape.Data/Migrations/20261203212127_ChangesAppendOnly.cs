using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Landscape.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChangesAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The history is append-only in the database itself, so no role that connects
            // (the service's own included) can rewrite or erase it; EF cannot express triggers.
            migrationBuilder.Sql("""
                CREATE FUNCTION changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The history (changes) is append-only: % is refused.', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE TRIGGER changes_no_update_or_delete BEFORE UPDATE OR DELETE ON changes
                    FOR EACH ROW EXECUTE FUNCTION changes_append_only();
                CREATE TRIGGER changes_no_truncate BEFORE TRUNCATE ON changes
                    FOR EACH STATEMENT EXECUTE FUNCTION changes_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER changes_no_truncate ON changes;
                DROP TRIGGER changes_no_update_or_delete ON changes;
                DROP FUNCTION changes_append_only();
                """);
        }
    }
}
