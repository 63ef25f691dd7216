using System.Text.RegularExpressions;

namespace Voice.Tests.Data;

/// <summary>
/// Plays EF Core's SQL Server DDL (a migration script or the model's create script) into a
/// schema, without a server: tables, columns (type, nullability, identity, default), primary
/// keys, foreign keys, unique constraints and indexes (columns, uniqueness, filter). A statement
/// it does not know fails loudly, so a new kind of migration step is read or the test says so.
/// </summary>
public sealed partial class SqlServerScriptReader
{
    public sealed record Column(string Type, bool Nullable, bool Identity, string? Default);
    public sealed record Index(string Name, string[] Columns, bool Unique, string? Filter);
    public sealed record ForeignKey(string Name, string[] Columns, string Principal, string OnDelete);

    public sealed class Table
    {
        public Dictionary<string, Column> Columns { get; } = new(StringComparer.Ordinal);
        public (string Name, string[] Columns)? PrimaryKey { get; set; }
        public Dictionary<string, Index> Indexes { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, ForeignKey> ForeignKeys { get; } = new(StringComparer.Ordinal);
    }

    public Dictionary<string, Table> Tables { get; } = new(StringComparer.Ordinal);

    public static SqlServerScriptReader Read(string script)
    {
        var reader = new SqlServerScriptReader();
        foreach (var statement in Statements(script)) reader.Apply(statement);
        return reader;
    }

    /// <summary>The schema as sorted lines, like SchemaReader's, for comparing two databases.</summary>
    public List<string> Lines()
    {
        var lines = new List<string>();
        foreach (var (name, t) in Tables)
        {
            lines.Add($"table {name}");
            foreach (var (c, col) in t.Columns)
                lines.Add($"column {name}.{c} {col.Type} {(col.Nullable ? "null" : "not null")}{(col.Identity ? " identity" : "")}{(col.Default is null ? "" : " default " + col.Default)}");
            if (t.PrimaryKey is { } pk) lines.Add($"pk {name}.{pk.Name} ({string.Join(",", pk.Columns)})");
            foreach (var i in t.Indexes.Values)
                lines.Add($"index {name}.{i.Name} ({string.Join(",", i.Columns)}){(i.Unique ? " unique" : "")}{(i.Filter is null ? "" : " where " + i.Filter)}");
            foreach (var f in t.ForeignKeys.Values)
                lines.Add($"fk {name}.{f.Name} ({string.Join(",", f.Columns)}) -> {f.Principal} on delete {f.OnDelete}");
        }
        return lines.Order(StringComparer.Ordinal).ToList();
    }

    static IEnumerable<string> Statements(string script)
    {
        var kept = new List<string>();
        var inHistoryBlock = false;
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.Trim();
            // The history table and the steps that find a column's default constraint before
            // dropping or altering it are bookkeeping, not schema.
            if (trimmed.StartsWith("IF OBJECT_ID(N'[__EFMigrationsHistory]')", StringComparison.Ordinal)) { inHistoryBlock = true; continue; }
            if (inHistoryBlock) { if (trimmed == "END;") inHistoryBlock = false; continue; }
            if (trimmed is "GO" or "" or "BEGIN TRANSACTION;" or "COMMIT;" or "COMMIT TRANSACTION;") continue;
            if (DefaultConstraintLookup().IsMatch(trimmed)) continue;
            kept.Add(line);
        }
        var text = string.Join("\n", kept);
        foreach (var statement in StatementEnd().Split(text))
        {
            var s = statement.Trim();
            if (s.Length == 0) continue;
            var exec = ExecWrapped().Match(s);
            yield return exec.Success ? exec.Groups[1].Value.Replace("''", "'").TrimEnd(';') : s;
        }
    }

    void Apply(string s)
    {
        Match m;
        if (s.Contains("[__EFMigrationsHistory]", StringComparison.Ordinal)) return;
        if (Regex.IsMatch(s, @"^(INSERT|UPDATE|DELETE|SET IDENTITY_INSERT)\b")) return; // data, not schema
        if ((m = CreateTable().Match(s)).Success) { CreateTable(m.Groups[1].Value, m.Groups[2].Value); return; }
        if ((m = CreateIndex().Match(s)).Success)
        {
            var filter = m.Groups[5].Success ? m.Groups[5].Value.Trim() : null;
            Tables[m.Groups[3].Value].Indexes[m.Groups[2].Value] =
                new Index(m.Groups[2].Value, Names(m.Groups[4].Value), m.Groups[1].Success, filter);
            return;
        }
        if ((m = DropIndex().Match(s)).Success) { Remove(Tables[m.Groups[2].Value].Indexes, m.Groups[1].Value, s); return; }
        if ((m = DropTable().Match(s)).Success) { Remove(Tables, m.Groups[1].Value, s); return; }
        if ((m = AlterTable().Match(s)).Success) { AlterTable(Tables[m.Groups[1].Value], m.Groups[2].Value.Trim(), s); return; }
        if ((m = Rename().Match(s)).Success) { Rename(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Success ? m.Groups[3].Value : "OBJECT", s); return; }
        throw new InvalidOperationException("SqlServerScriptReader does not know this statement; teach it:\n" + s);
    }

    void CreateTable(string name, string body)
    {
        var table = new Table();
        foreach (var raw in body.Split('\n'))
        {
            var line = raw.Trim().TrimEnd(',');
            if (line.Length == 0) continue;
            if (line.StartsWith("CONSTRAINT ", StringComparison.Ordinal)) AddConstraint(table, line, "CREATE TABLE " + name);
            else { var (c, col) = ParseColumn(line); table.Columns[c] = col; }
        }
        Tables[name] = table;
    }

    void AlterTable(Table table, string action, string s)
    {
        Match m;
        if (action.StartsWith("ADD CONSTRAINT ", StringComparison.Ordinal)) AddConstraint(table, action[4..], s);
        else if ((m = DropConstraint().Match(action)).Success)
        {
            var name = m.Groups[1].Value;
            if (table.PrimaryKey?.Name == name) table.PrimaryKey = null;
            else if (!table.ForeignKeys.Remove(name) && !table.Indexes.Remove(name))
                throw new InvalidOperationException($"No constraint {name} to drop: {s}");
        }
        else if ((m = DropColumn().Match(action)).Success) Remove(table.Columns, m.Groups[1].Value, s);
        else if ((m = AlterColumn().Match(action)).Success)
        {
            var (c, col) = ParseColumn(m.Groups[1].Value);
            if (!table.Columns.TryGetValue(c, out var old)) throw new InvalidOperationException($"No column {c} to alter: {s}");
            table.Columns[c] = col with { Identity = old.Identity, Default = old.Default };
        }
        else if (action.StartsWith("ADD DEFAULT ", StringComparison.Ordinal) && (m = AddDefault().Match(action)).Success)
            table.Columns[m.Groups[2].Value] = table.Columns[m.Groups[2].Value] with { Default = m.Groups[1].Value };
        else if (action.StartsWith("ADD [", StringComparison.Ordinal)) { var (c, col) = ParseColumn(action[4..]); table.Columns[c] = col; }
        else throw new InvalidOperationException("SqlServerScriptReader does not know this ALTER TABLE; teach it:\n" + s);
    }

    static void AddConstraint(Table table, string line, string s)
    {
        Match m;
        if ((m = PrimaryKey().Match(line)).Success) table.PrimaryKey = (m.Groups[1].Value, Names(m.Groups[2].Value));
        else if ((m = ForeignKeyConstraint().Match(line)).Success)
            table.ForeignKeys[m.Groups[1].Value] = new ForeignKey(m.Groups[1].Value, Names(m.Groups[2].Value), m.Groups[3].Value,
                m.Groups[5].Success ? m.Groups[5].Value : "NO ACTION");
        else if ((m = UniqueConstraint().Match(line)).Success)
            table.Indexes[m.Groups[1].Value] = new Index(m.Groups[1].Value, Names(m.Groups[2].Value), true, "(constraint)");
        else throw new InvalidOperationException($"SqlServerScriptReader does not know this constraint; teach it:\n{line}\nin: {s}");
    }

    void Rename(string from, string to, string kind, string s)
    {
        var parts = Names(from.Replace("].[", "],[", StringComparison.Ordinal));
        switch (kind)
        {
            case "COLUMN":
                var t = Tables[parts[^2]];
                t.Columns[to] = t.Columns[parts[^1]];
                t.Columns.Remove(parts[^1]);
                break;
            case "INDEX":
                var table = Tables[parts[^2]];
                var index = table.Indexes[parts[^1]];
                table.Indexes.Remove(parts[^1]);
                table.Indexes[to] = index with { Name = to };
                break;
            case "OBJECT" when Tables.Remove(parts[^1], out var renamed):
                Tables[to] = renamed;
                break;
            case "OBJECT":
                // A key or foreign key constraint.
                foreach (var tb in Tables.Values)
                {
                    if (tb.PrimaryKey?.Name == parts[^1]) tb.PrimaryKey = (to, tb.PrimaryKey.Value.Columns);
                    if (tb.ForeignKeys.Remove(parts[^1], out var fk)) tb.ForeignKeys[to] = fk with { Name = to };
                }
                break;
            default:
                throw new InvalidOperationException("SqlServerScriptReader does not know this rename; teach it:\n" + s);
        }
    }

    static (string Name, Column Column) ParseColumn(string line)
    {
        var m = ColumnDefinition().Match(line);
        if (!m.Success) throw new InvalidOperationException("Cannot read column definition: " + line);
        var rest = m.Groups[3].Value;
        var def = Regex.Match(rest, @"\bDEFAULT (.+)$");
        return (m.Groups[1].Value, new Column(
            m.Groups[2].Value.Replace(" ", ""),
            !rest.Contains("NOT NULL", StringComparison.Ordinal),
            rest.Contains("IDENTITY", StringComparison.Ordinal),
            def.Success ? def.Groups[1].Value.Trim() : null));
    }

    static string[] Names(string list) => Regex.Matches(list, @"\[([^\]]+)\]").Select(x => x.Groups[1].Value).ToArray();

    static void Remove<T>(Dictionary<string, T> items, string key, string s)
    {
        if (!items.Remove(key)) throw new InvalidOperationException($"Nothing called {key} to drop: {s}");
    }

    [GeneratedRegex(@"^(DECLARE @var|SELECT @var|FROM \[sys\]|INNER JOIN \[sys\]|WHERE \(\[d\]|IF @var)")]
    private static partial Regex DefaultConstraintLookup();
    [GeneratedRegex(@";[ \t]*(?:\n|$)")]
    private static partial Regex StatementEnd();
    [GeneratedRegex(@"^EXEC\(N'(.*)'\)$", RegexOptions.Singleline)]
    private static partial Regex ExecWrapped();
    [GeneratedRegex(@"^CREATE TABLE \[([^\]]+)\] \(\n(.*)\n\)$", RegexOptions.Singleline)]
    private static partial Regex CreateTable();
    [GeneratedRegex(@"^CREATE (UNIQUE )?(?:NONCLUSTERED |CLUSTERED )?INDEX \[([^\]]+)\] ON \[([^\]]+)\] \(([^)]*)\)(?: WHERE (.+))?$", RegexOptions.Singleline)]
    private static partial Regex CreateIndex();
    [GeneratedRegex(@"^DROP INDEX \[([^\]]+)\] ON \[([^\]]+)\]$")]
    private static partial Regex DropIndex();
    [GeneratedRegex(@"^DROP TABLE \[([^\]]+)\]$")]
    private static partial Regex DropTable();
    [GeneratedRegex(@"^ALTER TABLE \[([^\]]+)\] (.+)$", RegexOptions.Singleline)]
    private static partial Regex AlterTable();
    [GeneratedRegex(@"^EXEC sp_rename N'([^']+)', N'([^']+)'(?:, N?'(\w+)')?$")]
    private static partial Regex Rename();
    [GeneratedRegex(@"^DROP CONSTRAINT \[([^\]]+)\]$")]
    private static partial Regex DropConstraint();
    [GeneratedRegex(@"^DROP COLUMN \[([^\]]+)\]$")]
    private static partial Regex DropColumn();
    [GeneratedRegex(@"^ALTER COLUMN (.+)$")]
    private static partial Regex AlterColumn();
    [GeneratedRegex(@"^ADD DEFAULT (.+) FOR \[([^\]]+)\]$")]
    private static partial Regex AddDefault();
    [GeneratedRegex(@"^CONSTRAINT \[([^\]]+)\] PRIMARY KEY \(([^)]*)\)$")]
    private static partial Regex PrimaryKey();
    [GeneratedRegex(@"^CONSTRAINT \[([^\]]+)\] FOREIGN KEY \(([^)]*)\) REFERENCES \[([^\]]+)\] \(([^)]*)\)(?: ON DELETE (CASCADE|SET NULL|NO ACTION|SET DEFAULT))?$")]
    private static partial Regex ForeignKeyConstraint();
    [GeneratedRegex(@"^CONSTRAINT \[([^\]]+)\] UNIQUE \(([^)]*)\)$")]
    private static partial Regex UniqueConstraint();
    [GeneratedRegex(@"^\[([^\]]+)\] (\w+(?:\([^)]*\))?)(.*)$")]
    private static partial Regex ColumnDefinition();
}
