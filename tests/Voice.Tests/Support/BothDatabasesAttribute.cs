using System.Reflection;
using Voice.Data;
using Xunit.Sdk;

namespace Voice.Tests.Support;

/// <summary>Runs a test once on SQLite and once on PostgreSQL; the test takes a DatabaseProvider.</summary>
public sealed class BothDatabasesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        [[DatabaseProvider.Sqlite], [DatabaseProvider.Postgres]];
}
