using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Voice.Data;

namespace Voice.Tests.Data;

/// <summary>
/// No SQL Server runs on the build machines, so SQL Server support is proven offline: EF Core
/// generates the SQL Server script of every migration (as `dotnet ef migrations script` would)
/// and the model's own SQL Server create script, both are played into a schema by
/// SqlServerScriptReader, and the two must be equal. The schema must also fit SQL Server's
/// limits that a script alone would only show on a real server.
/// </summary>
public class SqlServerMigrationScriptTests
{
    const string NoServer = "Server=127.0.0.1,1;Database=voice;Encrypt=false";

    static VoiceDbContext SqlServerContext() => new(VoiceDatabase.Options(DatabaseProvider.SqlServer, NoServer));

    static string MigrationScript()
    {
        using var db = SqlServerContext();
        return db.GetService<IMigrator>().GenerateScript();
    }

    [Fact]
    public void MigrationScript_BuildsTheSameSchemaAsTheModelsCreateScript()
    {
        using var db = SqlServerContext();
        var created = SqlServerScriptReader.Read(db.Database.GenerateCreateScript()).Lines();
        var migrated = SqlServerScriptReader.Read(MigrationScript()).Lines();
        Assert.Contains("column AspNetUsers.Id nvarchar(450) not null", created);
        Assert.Contains(created, l => l.StartsWith("column Complaints.Id bigint not null identity", StringComparison.Ordinal));
        var missing = created.Except(migrated).ToList();
        var extra = migrated.Except(created).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            "SQL Server migrations and model differ.\nIn the model but not the migrations:\n  " + string.Join("\n  ", missing) +
            "\nIn the migrations but not the model:\n  " + string.Join("\n  ", extra));
    }

    [Fact]
    public void Comparison_NoticesAPropertyAddedWithoutAMigration()
    {
        using var changed = new MigrationSchemaTests.ContextWithExtraProperty(VoiceDatabase.Options(DatabaseProvider.SqlServer, NoServer));
        var created = SqlServerScriptReader.Read(changed.Database.GenerateCreateScript()).Lines();
        var migrated = SqlServerScriptReader.Read(MigrationScript()).Lines();
        Assert.Contains(created.Except(migrated), l => l.Contains("Extra"));
    }

    [Fact]
    public void Comparison_NoticesAnIdentityColumnWithoutItsSqlServerAnnotation()
    {
        var script = MigrationScript();
        var withoutIdentity = Regex.Replace(script, @"(\[Id\] bigint NOT NULL) IDENTITY", "$1", RegexOptions.None, TimeSpan.FromSeconds(5));
        Assert.NotEqual(SqlServerScriptReader.Read(script).Lines(), SqlServerScriptReader.Read(withoutIdentity).Lines());
    }

    /// <summary>
    /// SQL Server refuses nvarchar(max) in any key, and a table reached by two cascading delete
    /// paths. A key declared wider than 1,700 bytes (900 for the clustered primary key) is
    /// created with a warning, and an insert whose key is actually that long fails; so ours must
    /// fit. ASP.NET Identity's own composite keys are declared wider (two or three nvarchar(450))
    /// but hold short values: ids are GUIDs, login providers and token names are short names.
    /// </summary>
    [Fact]
    public void Model_FitsSqlServerKeyAndCascadeLimits()
    {
        using var db = SqlServerContext();
        var schema = SqlServerScriptReader.Read(db.Database.GenerateCreateScript());
        var problems = new List<string>();
        foreach (var (name, table) in schema.Tables)
        {
            if (table.PrimaryKey is { } pk) CheckKey(name, pk.Name, pk.Columns, 900);
            foreach (var index in table.Indexes.Values) CheckKey(name, index.Name, index.Columns, 1700);

            void CheckKey(string tableName, string key, string[] columns, int limit)
            {
                if (columns.Any(c => table.Columns[c].Type.EndsWith("(max)", StringComparison.Ordinal))) problems.Add($"{tableName}.{key} has an nvarchar(max) column, which SQL Server cannot index");
                var bytes = columns.Sum(c => KeyBytes(table.Columns[c].Type));
                if (bytes > limit && !tableName.StartsWith("AspNet", StringComparison.Ordinal)) problems.Add($"{tableName}.{key} is {bytes} bytes, over SQL Server's {limit}");
            }
        }
        foreach (var name in schema.Tables.Keys)
        {
            var paths = CascadePaths(schema, name, []).GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key);
            problems.AddRange(paths.Select(p => $"{name} is reached by more than one cascading delete from {p}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Every table from which a delete cascades into <paramref name="table"/>, once per path.</summary>
    static IEnumerable<string> CascadePaths(SqlServerScriptReader schema, string table, HashSet<string> seen)
    {
        if (!seen.Add(table)) throw new InvalidOperationException($"Cascading deletes go round in a cycle through {table}");
        foreach (var fk in schema.Tables[table].ForeignKeys.Values.Where(f => f.OnDelete is "CASCADE" or "SET NULL"))
        {
            yield return fk.Principal;
            foreach (var above in CascadePaths(schema, fk.Principal, [.. seen])) yield return above;
        }
    }

    static int KeyBytes(string type)
    {
        var m = Regex.Match(type, @"^(\w+)(?:\((\w+)\))?");
        var size = m.Groups[2].Value;
        if (size == "max") return 0; // reported above
        return m.Groups[1].Value switch
        {
            "nvarchar" or "nchar" => 2 * int.Parse(size),
            "varchar" or "char" or "varbinary" or "binary" => int.Parse(size),
            "bigint" or "datetime2" or "float" => 8,
            "int" or "real" => 4,
            "smallint" => 2,
            "bit" or "tinyint" => 1,
            "date" => 3,
            "datetimeoffset" => 10,
            "uniqueidentifier" or "decimal" => 16,
            "time" => 5,
            _ => throw new InvalidOperationException("Unknown key type " + type),
        };
    }
}
