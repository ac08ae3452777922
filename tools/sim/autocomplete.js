// Briefing's autocomplete checks for the discord-sim (tools/sim/run autocomplete copies this file into the
// sim's scenarios folder, so the shared steps resolve). The bot runs on the demo library (global articles).
// It types into /summarize query: and /library remove id:, in a guild and in a DM, plus an option that was
// registered without autocomplete, and checks that every answer is a type-8 result within 3 s whose choices
// fit the option; the sim's global checks validate every body against Discord's schemas.
import { readyStep, commandsStep } from './common.js';

const ACK_LIMIT_MS = 3000;

function optionOf(ctx, command, path) {
  const cmd = ctx.sim.world.findCommand(command, null);
  return cmd ? ctx.sim.world.optionDef(cmd, path) : null;
}

async function typeInto(ctx, label, spec, expect) {
  const since = ctx.mark();
  const it = ctx.sim.injectAutocomplete(spec);
  const e = await ctx.waitFor((x) => x.kind === 'interaction.autocomplete' && x.interaction === it.id, 5000, { since });
  if (!ctx.check(`autocomplete.${label}.answered`, !!e && e.ms <= ACK_LIMIT_MS, e ? `type 8 after ${e.ms} ms` : 'no type-8 result within 5 s')) return;
  const names = e.choices.map((c) => c.name);
  ctx.check(`autocomplete.${label}.choices`, expect(e.choices), `${e.choices.length} choice(s): ${JSON.stringify(names).slice(0, 300)}`);
  ctx.record(`autocomplete_${label}`, { ms: e.ms, choices: e.choices });
}

export default {
  name: 'autocomplete',
  description: 'typing into /summarize query and /library remove id: type-8 suggestions within 3 s, in a guild and a DM',
  params: {
    heartbeat_interval_ms: 41250,
    connect_timeout_s: 120,
    commands_timeout_s: 30,
    expect_commands: ['summarize', 'library'],
    expect_options: { summarize: ['query'] },
  },
  steps: [
    readyStep,
    commandsStep,
    {
      name: 'autocomplete.registered',
      async run(ctx) {
        const query = optionOf(ctx, 'summarize', ['query']);
        const id = optionOf(ctx, 'library', ['remove', 'id']);
        ctx.check('autocomplete.registered', query?.autocomplete === true && id?.autocomplete === true,
          `summarize query autocomplete=${query?.autocomplete}; library remove id autocomplete=${id?.autocomplete}`);
      },
    },
    {
      name: 'autocomplete.typing',
      timeout_s: 60,
      async run(ctx) {
        await typeInto(ctx, 'prefix', { name: 'summarize', option: 'query', value: 'pyong' },
          (cs) => cs.length >= 1 && /^pyongyang/i.test(cs[0].name) && cs.every((c) => typeof c.value === 'string' && c.value.startsWith('#')));
        await typeInto(ctx, 'empty', { name: 'summarize', option: 'query', value: '' }, (cs) => cs.length >= 1 && cs.length <= 25);
        await typeInto(ctx, 'dm', { name: 'summarize', option: 'query', value: 'water', dm: true }, (cs) => cs.length >= 1 && /water/i.test(cs[0].name));
        await typeInto(ctx, 'no_match', { name: 'summarize', option: 'query', value: 'zzzz-nothing-like-this' }, (cs) => cs.length === 0);
        // The demo library is global: a server owns none of it, so there is nothing it may remove.
        await typeInto(ctx, 'remove', { name: 'library', option: ['remove', 'id'], value: '', permissions: 'manager' },
          (cs) => cs.every((c) => Number.isInteger(c.value)));
        await typeInto(ctx, 'long_input', { name: 'summarize', option: 'query', value: 'north '.repeat(1000) }, (cs) => cs.length <= 25);
        await typeInto(ctx, 'unmarked_option', { name: 'summarize', option: 'length', value: 'sh' }, (cs) => cs.length === 0);
      },
    },
  ],
};
