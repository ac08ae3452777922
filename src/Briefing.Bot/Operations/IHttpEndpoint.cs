using Microsoft.AspNetCore.Routing;

namespace Briefing.Bot.Operations;

/// <summary>
/// An endpoint another area serves on the bot's Kestrel host beside <c>/healthz</c> and <c>/readyz</c> (the HTTP
/// interactions endpoint). Mapped once, when the host starts; its handlers reach the bot's services themselves.
/// </summary>
public interface IHttpEndpoint
{
    void Map(IEndpointRouteBuilder endpoints);
}
