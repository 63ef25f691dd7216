using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Voice.Data.Migrations;

/// <summary>
/// The audit log is append-only in the database itself (issue 12): triggers refuse every UPDATE and
/// DELETE of AuditEntries (and TRUNCATE on PostgreSQL), whoever sends them, so neither a bug nor
/// someone with the app's database login can rewrite it. Indexes for the administrators' audit search.
/// </summary>
[DbContext(typeof(VoiceDbContext))]
[Migration("20261126950200_AuditAppendOnly")]
public class AuditAppendOnly : Migration
{
    public const string Refusal = "AuditEntries rows cannot be changed or deleted";

    protected override void Up(MigrationBuilder m)
    {
        m.CreateIndex("IX_AuditEntries_Actor", "AuditEntries", new[] { "ActorId", "Id" });
        m.CreateIndex("IX_AuditEntries_Action", "AuditEntries", new[] { "Action", "Id" });
        switch (m.ActiveProvider)
        {
            case "Npgsql.EntityFrameworkCore.PostgreSQL":
                m.Sql($"""
                    CREATE FUNCTION voice_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        RAISE EXCEPTION '{Refusal}' USING ERRCODE = 'insufficient_privilege';
                    END $$;
                    """);
                m.Sql("""CREATE TRIGGER "TR_AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION voice_audit_append_only();""");
                m.Sql("""CREATE TRIGGER "TR_AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries" FOR EACH STATEMENT EXECUTE FUNCTION voice_audit_append_only();""");
                break;
            case "Microsoft.EntityFrameworkCore.Sqlite":
                m.Sql($"CREATE TRIGGER TR_AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;");
                m.Sql($"CREATE TRIGGER TR_AuditEntries_NoDelete BEFORE DELETE ON AuditEntries BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;");
                break;
            case "Microsoft.EntityFrameworkCore.SqlServer":
                m.Sql($"CREATE TRIGGER TR_AuditEntries_AppendOnly ON AuditEntries INSTEAD OF UPDATE, DELETE AS BEGIN THROW 50000, '{Refusal}', 1; END");
                break;
        }
    }

    protected override void Down(MigrationBuilder m)
    {
        switch (m.ActiveProvider)
        {
            case "Npgsql.EntityFrameworkCore.PostgreSQL":
                m.Sql("""DROP TRIGGER "TR_AuditEntries_NoTruncate" ON "AuditEntries"; DROP TRIGGER "TR_AuditEntries_AppendOnly" ON "AuditEntries"; DROP FUNCTION voice_audit_append_only();""");
                break;
            case "Microsoft.EntityFrameworkCore.Sqlite":
                m.Sql("DROP TRIGGER TR_AuditEntries_NoUpdate; DROP TRIGGER TR_AuditEntries_NoDelete;");
                break;
            case "Microsoft.EntityFrameworkCore.SqlServer":
                m.Sql("DROP TRIGGER TR_AuditEntries_AppendOnly;");
                break;
        }
        m.DropIndex("IX_AuditEntries_Action", "AuditEntries");
        m.DropIndex("IX_AuditEntries_Actor", "AuditEntries");
    }
}
