using Microsoft.Extensions.Logging;

namespace Briefing.Storage;

/// <summary>Log messages of the library's background work.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Migrating the {Provider} library schema")]
    public static partial void Migrating(ILogger logger, StorageProvider provider);
}
