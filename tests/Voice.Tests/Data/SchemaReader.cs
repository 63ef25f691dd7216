using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Voice.Data;

namespace Voice.Tests.Data;

/// <summary>
/// Reads a database's schema into sorted, comparable lines: tables, columns (type,
/// nullability, identity), primary keys, indexes (columns, uniqueness) and foreign keys.
/// </summary>
public static class SchemaReader
{
    public static async Task<List<string>> ReadAsync(VoiceDbContext db)
    {
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        try
        {
            var lines = db.Database.IsSqlite() ? await ReadSqliteAsync(conn) : await ReadPostgresAsync(conn);
            return lines.Where(l => !l.Contains("__EFMigrations")).Order(StringComparer.Ordinal).ToList();
        }
        finally
        {
            await conn.CloseAsync();
        }
    }

    static async Task<List<string[]>> QueryAsync(DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i))!;
            rows.Add(row);
        }
        return rows;
    }

    static async Task<List<string>> ReadSqliteAsync(DbConnection conn)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(conn, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var (table, sql) in tables.Select(t => (t[0], t[1])))
        {
            lines.Add($"table {table}{(sql.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase) ? " autoincrement" : "")}");
            foreach (var c in await QueryAsync(conn, $"PRAGMA table_info(\"{table}\")"))
                lines.Add($"column {table}.{c[1]} {c[2]} {(c[3] == "1" ? "not null" : "null")} default={c[4]} pk={c[5]}");
            foreach (var i in await QueryAsync(conn, $"PRAGMA index_list(\"{table}\")"))
            {
                var cols = (await QueryAsync(conn, $"PRAGMA index_info(\"{i[1]}\")")).OrderBy(r => int.Parse(r[0])).Select(r => r[2]);
                // Auto-named indexes (sqlite_autoindex_*) back primary keys and unique constraints.
                var name = i[1].StartsWith("sqlite_autoindex", StringComparison.Ordinal) ? "(auto)" : i[1];
                lines.Add($"index {table}.{name} ({string.Join(",", cols)}) unique={i[2]} origin={i[3]} partial={i[4]}");
            }
            foreach (var f in await QueryAsync(conn, $"PRAGMA foreign_key_list(\"{table}\")"))
                lines.Add($"fk {table}.{f[3]} -> {f[2]}.{f[4]} on delete {f[6]}");
        }
        return lines;
    }

    static async Task<List<string>> ReadPostgresAsync(DbConnection conn)
    {
        var lines = new List<string>();
        foreach (var t in await QueryAsync(conn, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"))
            lines.Add($"table {t[0]}");
        foreach (var c in await QueryAsync(conn, """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable,
                   coalesce(column_default, ''), is_identity, coalesce(identity_generation, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            """))
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]} default={c[5]} identity={c[6]} {c[7]}");
        foreach (var i in await QueryAsync(conn, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
            lines.Add($"index {i[0]}.{i[1]} {i[2]}");
        foreach (var k in await QueryAsync(conn, """
            SELECT tc.table_name, tc.constraint_name, tc.constraint_type,
                   string_agg(kcu.column_name, ',' ORDER BY kcu.ordinal_position),
                   coalesce(max(ccu.table_name), ''), coalesce(max(rc.delete_rule), '')
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu
              ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
            LEFT JOIN information_schema.referential_constraints rc
              ON rc.constraint_name = tc.constraint_name AND rc.constraint_schema = tc.table_schema
            LEFT JOIN information_schema.constraint_column_usage ccu
              ON ccu.constraint_name = tc.constraint_name AND tc.constraint_type = 'FOREIGN KEY'
            WHERE tc.table_schema = 'public' AND tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY', 'UNIQUE')
            GROUP BY tc.table_name, tc.constraint_name, tc.constraint_type
            """))
            lines.Add($"constraint {k[0]}.{k[1]} {k[2]} ({k[3]}) -> {k[4]} on delete {k[5]}");
        return lines;
    }
}
