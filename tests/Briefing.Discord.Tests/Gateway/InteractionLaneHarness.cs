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

    /// <summary>Interactions that reached the handler marked as checked at arrival (<see cref="InteractionCreate.Admitted"/>).</summary>
    public ConcurrentQueue<ulong> AdmittedIds { get; } = new();

    /// <summary>Interaction ids whose handler never finishes (until the host stops).</summary>
    public ConcurrentDictionary<ulong, bool> Hang { get; } = new();

    /// <summary>Interaction ids whose handler finishes only when its gate is opened.</summary>
    public ConcurrentDictionary<ulong, TaskCompletionSource> Gates { get; } = new();

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

/// <summary>Records the interactions it starts; waits for the gates and hangs on the ids the harness names (honouring its token), else returns.</summary>
internal sealed class RecordingInteractionHandler(InteractionLaneHarness harness) : IGatewayEventHandler<InteractionCreate>
{
    public async Task HandleAsync(InteractionCreate gatewayEvent, CancellationToken cancellationToken)
    {
        await using var responder = gatewayEvent.Responder!;
        if (gatewayEvent.Admitted)
        {
            harness.AdmittedIds.Enqueue(gatewayEvent.Interaction.Id);
        }
        harness.Started.Enqueue(gatewayEvent.Interaction.Id);
        if (harness.Gates.TryGetValue(gatewayEvent.Interaction.Id, out var gate))
        {
            await gate.Task.WaitAsync(cancellationToken);
        }
        if (harness.Hang.ContainsKey(gatewayEvent.Interaction.Id))
        {
            await new TaskCompletionSource().Task.WaitAsync(cancellationToken);
        }
    }
}

/// <summary>The transport's checks at arrival, as a test sets them: the ids it refuses get <see cref="Refusal"/>; the rest pass.</summary>
internal sealed class RefusingAdmission(params ulong[] refused) : IInteractionAdmission
{
    public const string Refusal = "You're asking faster than I can read.";

    public InteractionAdmission Admit(Interaction interaction) => refused.Contains(interaction.Id)
        ? InteractionAdmission.Refused(new MessagePayload { Content = Refusal, Flags = MessagePayload.EphemeralFlag })
        : InteractionAdmission.Admitted;
}
