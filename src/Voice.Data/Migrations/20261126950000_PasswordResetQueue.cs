using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>
/// Forgotten-password requests are queued and answered by a job (issue 12), so the page does the
/// same work whether or not the address has an account.
/// </summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126950000_PasswordResetQueue")]
public class PasswordResetQueue : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable(
            name: "PasswordResetRequests",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Email = t.Column<string>(maxLength: 256, nullable: false),
                RequestedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_PasswordResetRequests", x => x.Id));
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("PasswordResetRequests");
}
