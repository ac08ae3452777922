using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Composition;

/// <summary>
/// Turns the exceptions a bad configuration value raises at start into ONE line naming the key and the
/// problem, e.g. <c>Configuration error: Digests:CheckInterval: The field CheckInterval must be between ...</c>.
/// </summary>
public static partial class ConfigurationErrors
{
    public static bool TryDescribe(Exception exception, out string line)
    {
        switch (exception)
        {
            case OptionsValidationException validation:
                line = "Configuration error: " + Describe(validation);
                return true;
            case AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException):
                line = "Configuration error: " + string.Join("; ", aggregate.InnerExceptions.Cast<OptionsValidationException>().Select(Describe));
                return true;
            // The binder's own message names the key: "Failed to convert configuration value at 'X:Y' to type ...".
            case InvalidOperationException { Message: var message } when message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal):
                line = "Configuration error: " + message;
                return true;
            default:
                line = string.Empty;
                return false;
        }
    }

    private static string Describe(OptionsValidationException exception)
    {
        var section = exception.OptionsType.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
        var parts = exception.Failures.Select(failure =>
        {
            var match = DataAnnotationFailure().Match(failure);
            if (!match.Success)
            {
                return section is null ? failure : $"{section}: {failure}";
            }

            var member = match.Groups["member"].Value;
            var key = section is null ? member : $"{section}:{member}";
            return $"{key}: {match.Groups["error"].Value}";
        });
        // Distinct: an options class registered by two areas (Discord's REST and gateway) is validated twice.
        return string.Join("; ", parts.Distinct(StringComparer.Ordinal));
    }

    // Format of Microsoft.Extensions.Options.DataAnnotations' failures.
    [GeneratedRegex("members: '(?<member>[^']*)' with the error: '(?<error>.*)'\\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
