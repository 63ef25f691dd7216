using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>
/// Bulk invitations keep their code, encrypted, until the one reminder has repeated it (codes are
/// otherwise stored only as hashes).
/// </summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261122000400_ViewsBulk")]
public class ViewsBulk : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>(name: "ProtectedCode", table: "Invitations", maxLength: 500, nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn(name: "ProtectedCode", table: "Invitations");
    }
}
