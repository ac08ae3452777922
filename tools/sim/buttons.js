// Briefing's button checks for the discord-sim (tools/sim/run buttons copies this file into the sim's scenarios
// folder, so the shared steps resolve). The bot runs on the demo library (global articles). A /summarize reply in a
// guild must carry Shorter/Longer/Counterpoints/Sources; Shorter and Longer must update that message in place (type 7,
// new embed, adjusted buttons) within 3 s; Counterpoints and Sources must answer the clicker alone (type 4, EPHEMERAL);
// forged custom_ids (an old version, an id that names no article) get a private note, never an error; the same works
// in a DM. The sim's global checks validate every callback and component against Discord's schemas and rules.
import { readyStep, commandsStep, runInteraction, recordOf } from './common.js';

const ACK_LIMIT_MS = 3000;
const LABELS = ['Shorter', 'Longer', 'Counterpoints', 'Sources'];

const button = (rec, label) => rec.components.find((c) => c.label === label);
const idOk = (c) => !!c && typeof c.custom_id === 'string' && c.custom_id.length <= 100 && /^b1:/.test(c.custom_id);

async function summarize(ctx, label, spec) {
  const rec = await runInteraction(ctx, label, { name: 'summarize', options: [{ name: 'query', type: 3, value: 'north korea statement' }], ...spec });
  const labels = rec.components.map((c) => c.label);
  ctx.check(`buttons.${label}.offered`, LABELS.every((l) => labels.includes(l)) && rec.components.every(idOk) && !rec.ephemeral,
    `${rec.style}; buttons ${JSON.stringify(rec.components.map((c) => [c.label, c.custom_id, c.disabled]))}`);
  ctx.record(`buttons_${label}`, recordOf(rec));
  return rec;
}

async function click(ctx, label, messageId, customId, spec = {}) {
  const rec = await runInteraction(ctx, label, { message_id: messageId, custom_id: customId, ...spec }, { inject: 'injectComponent', settleMs: 1000 });
  ctx.record(`click_${label}`, recordOf(rec));
  return rec;
}

const inTime = (rec) => !!rec.ack && rec.ack.ms <= ACK_LIMIT_MS;
const describe = (rec) => `${rec.ack ? `type ${rec.ack.type} after ${rec.ack.ms} ms` : rec.rejected}; ${rec.text.length} chars${rec.ephemeral ? '; ephemeral' : ''}: ${JSON.stringify(rec.text.slice(0, 120))}`;

export default {
  name: 'buttons',
  description: 'the buttons under a /summarize reply: Shorter/Longer update it (type 7), Counterpoints/Sources answer privately, forged ids expire',
  params: {
    heartbeat_interval_ms: 41250,
    connect_timeout_s: 120,
    commands_timeout_s: 30,
    expect_commands: ['summarize'],
    expect_options: { summarize: ['query'] },
  },
  steps: [
    readyStep,
    commandsStep,
    {
      name: 'buttons.guild',
      timeout_s: 180,
      async run(ctx) {
        const summary = await summarize(ctx, 'guild', {});
        const messageId = summary.it.originalId;
        const shorterButton = button(summary, 'Shorter');
        if (!messageId || !shorterButton) return;

        const shorter = await click(ctx, 'shorter', messageId, shorterButton.custom_id);
        const after = ctx.world.messages.get(messageId);
        const shortButtons = shorter.components;
        ctx.check('buttons.shorter.updates_in_place', inTime(shorter) && shorter.ack.type === 7 && shorter.text.length > 0 && shorter.text.length < summary.text.length
          && shorter.messages.length === 1 && shorter.messages[0] === messageId && button(shorter, 'Shorter')?.disabled === true,
          `${describe(shorter)}; standard ${summary.text.length} chars; message ${after?.id}; buttons ${JSON.stringify(shortButtons.map((c) => [c.label, c.disabled]))}`);

        const longerButton = button(shorter, 'Longer');
        if (longerButton) {
          const longer = await click(ctx, 'longer', messageId, longerButton.custom_id);
          ctx.check('buttons.longer.updates_in_place', inTime(longer) && longer.ack.type === 7 && longer.text.length > shorter.text.length && button(longer, 'Shorter')?.disabled === false,
            describe(longer));
        }

        const current = ctx.world.messages.get(messageId);
        const ids = Object.fromEntries((current?.components?.[0]?.components ?? []).map((c) => [c.label, c.custom_id]));
        for (const [label, name] of [['Counterpoints', 'counterpoints'], ['Sources', 'sources']]) {
          if (!ids[label]) { ctx.check(`buttons.${name}.private`, false, `no ${label} button on the message`); continue; }
          const rec = await click(ctx, name, messageId, ids[label]);
          ctx.check(`buttons.${name}.private`, inTime(rec) && rec.ack.type === 4 && rec.ephemeral && /¶\d/.test(rec.text), describe(rec));
        }
        const unchanged = ctx.world.messages.get(messageId);
        ctx.check('buttons.private_answers_leave_the_summary', JSON.stringify(unchanged?.embeds) === JSON.stringify(current?.embeds), 'the summary message kept its embeds');

        // Forged ids: an old format, and a well-formed one naming no article. Discord would never send these; a forger can.
        for (const [name, customId] of [['old_version', 'b0:shorter:1:standard'], ['no_such_article', 'b1:shorter:999999999:standard'], ['garbage', 'x'.repeat(100)]]) {
          const rec = await click(ctx, `forged_${name}`, messageId, customId, { force: true });
          ctx.check(`buttons.forged_${name}`, inTime(rec) && rec.ack.type === 4 && rec.ephemeral && rec.text.length > 0 && rec.text.length < 200, describe(rec));
        }
      },
    },
    {
      name: 'buttons.dm',
      timeout_s: 120,
      async run(ctx) {
        // Another user: the guild steps above spent the default user's per-minute permits (clicks count like commands).
        const user = { dm: true, user_id: '1290000000000000301' };
        const summary = await summarize(ctx, 'dm', user);
        const shorterButton = button(summary, 'Shorter');
        if (!summary.it.originalId || !shorterButton) return;
        const shorter = await click(ctx, 'dm_shorter', summary.it.originalId, shorterButton.custom_id, { user_id: user.user_id });
        ctx.check('buttons.dm.shorter', inTime(shorter) && shorter.ack.type === 7 && shorter.text.length < summary.text.length, describe(shorter));
      },
    },
  ],
};
