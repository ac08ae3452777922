using System.Collections.Concurrent;
using System.Text.Json;
using Briefing.Discord.Gateway;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Discord.Tests.Gateway;

/// <summary>
/// What the interaction lane tests share: a mocked REST client recording every callback (interaction id, type,
/// content, flags), a handler of INTERACTION_CREATE that records what it started and hangs on the ids it is told to,
/// and INTERACTION_CREATE frames.
/// </summary>
internal sealed class InteractionLaneHarness
{
    public Mock<IDiscordRestClient> Rest { get; } = new();

    public ConcurrentQueue<(ulong Id, InteractionCallbackType Type, string? Content, int? Flags)> Callbacks { get; } = new();

    public ConcurrentQueue<ulong> Started { get; } = new();

    /// <summary>Interaction ids whose handler never finishes (until the host stops).</summary>
    public ConcurrentDictionary<ulong, bool> Hang { get; } = new();

    public InteractionLaneHarness()
    {
        Rest.Setup(client => client.CreateInteractionResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, InteractionResponse, CancellationToken>((id, _, response, _) => Callbacks.Enqueue((id, response.Type, response.Data?.Content, response.Data?.Flags)))
            .Returns(Task.CompletedTask);
    }

    public void Register(IServiceCollection services)
    {
        services.AddSingleton(this);
        services.AddSingleton(Rest.Object);
        services.AddTransient<IInteractionResponderFactory, InteractionResponderFactory>();
        services.AddGatewayEventHandler<InteractionCreate, RecordingInteractionHandler>();
    }

    public static string InteractionData(ulong id) => $$$"""
        {"id":"{{{id}}}","application_id":"22","type":2,"token":"tok-{{{id}}}","version":1,"channel_id":"5",
         "data":{"id":"7","name":"summarize","type":1},"user":{"id":"42","username":"reader"}}
        """;

    public static GatewayEvent Interaction(ulong id, DateTimeOffset arrivedAt) =>
        new(InteractionCreate.EventName, JsonDocument.Parse(InteractionData(id)).RootElement.Clone(), 0, arrivedAt);

    public IEnumerable<(ulong Id, InteractionCallbackType Type, string? Content, int? Flags)> CallbacksOf(ulong id) => Callbacks.Where(c => c.Id == id);
}

/// <summary>Records the interactions it starts; hangs on those the harness names (honouring its token), else returns.</summary>
internal sealed class RecordingInteractionHandler(InteractionLaneHarness harness) : IGatewayEventHandler<InteractionCreate>
{
    public async Task HandleAsync(InteractionCreate gatewayEvent, CancellationToken cancellationToken)
    {
        await using var responder = gatewayEvent.Responder!;
        harness.Started.Enqueue(gatewayEvent.Interaction.Id);
        if (harness.Hang.ContainsKey(gatewayEvent.Interaction.Id))
        {
            await new TaskCompletionSource().Task.WaitAsync(cancellationToken);
        }
    }
}
