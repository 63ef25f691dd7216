using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Update;

namespace Voice.Data;

/// <summary>
/// Our migrations are hand-written for three providers and carry no target model. SQL Server's
/// generator reads two facts from that model which SQLite and PostgreSQL do not need: whether a
/// string column is a key (nvarchar(450) rather than nvarchar(max), which cannot be indexed) and
/// whether a column in a unique index is nullable (EF filters such indexes with IS NOT NULL, as
/// the model's own create script does). Without a target model it would treat every unique
/// index as nullable and every key as nvarchar(max). So a migration without one is generated
/// against the current model; everything else (columns, lengths, nullability, identity,
/// indexes) still comes from the migration itself, and SqlServerMigrationScriptTests compares
/// the result with the model's create script.
/// </summary>
#pragma warning disable EF1001 // SqlServerMigrationsSqlGenerator is the provider's public generator to extend.
public sealed class HandWrittenMigrationsSqlServerGenerator(
    MigrationsSqlGeneratorDependencies dependencies, ICommandBatchPreparer commandBatchPreparer)
    : Microsoft.EntityFrameworkCore.Migrations.SqlServerMigrationsSqlGenerator(dependencies, commandBatchPreparer)
{
    public override IReadOnlyList<MigrationCommand> Generate(
        IReadOnlyList<MigrationOperation> operations, IModel? model = null,
        MigrationsSqlGenerationOptions options = MigrationsSqlGenerationOptions.Default) =>
        base.Generate(operations,
            model?.GetEntityTypes().Any() == true ? model : Dependencies.CurrentContext.Context.GetService<IDesignTimeModel>().Model,
            options);
}
#pragma warning restore EF1001
