using System.Data;
using DbUp.Engine.Transactions;

namespace Briefing.Storage;

/// <summary>
/// Runs a DbUp upgrade on a PostgreSQL connection the <see cref="IDbConnectionFactory"/> already opened (its data
/// source and settings) instead of one DbUp would open from a connection string; DbUp disposes it when the upgrade
/// ends. Each script goes to the server whole, as one command, as the hand-written migrator sent it.
/// </summary>
internal sealed class OpenedConnectionManager(IDbConnection connection) : DatabaseConnectionManager(_ => connection)
{
    public override IEnumerable<string> SplitScriptIntoCommands(string scriptContents) => [scriptContents];
}
