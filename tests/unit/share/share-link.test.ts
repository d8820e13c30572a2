// A plan shared by link comes back as the same plan, and a changed, cut, crafted or
// oversized link is refused with a reason — never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../../src/db/backup';
import {
  MAX_INFLATED_BYTES,
  MAX_SHARE_LINK_LENGTH,
  linkParameter,
  makeShareLink,
  readShareLink,
} from '../../../src/db/share-link';
import { sharePayload } from '../../../src/db/share-payload';
import { toBase64Url } from '../../../src/domain/share/base64url';
import { deflateText } from '../../../src/domain/share/deflate';
import { BASE, demo, NOW, parameterOf } from './share-fixtures';

/** A link around any JSON text, correctly checksummed: what someone crafting one would do. */
async function crafted(text: string): Promise<string> {
  const data = toBase64Url(await deflateText(text));
  return `1.${checksumOf(`1.${data}`)}.${data}`;
}

async function demoLink(): Promise<string> {
  const made = await makeShareLink(BASE, demo(), NOW);
  if (!made.ok) throw new Error(`no link: ${made.error.code}`);
  return made.value.url;
}

describe('share by link', () => {
  it('brings back the same plan, channels, amounts and ROI scenario', async () => {
    const source = demo();
    const url = await demoLink();
    expect(url.startsWith(`${BASE}#/shared?p=1.`)).toBe(true);
    const read = await readShareLink(linkParameter(url.slice(url.indexOf('#'))) ?? '', NOW);
    if (!read.ok) throw new Error(read.error.code);
    const shared = read.value;
    expect(shared.plan.name).toBe(source.plan.name);
    expect(shared.plan.firstMonth).toBe(source.plan.firstMonth);
    expect(shared.channels.map((c) => c.name)).toEqual(source.channels.map((c) => c.name));
    expect(shared.channels.map((c) => c.costModel)).toEqual(
      source.channels.map((c) => c.costModel),
    );
    expect(shared.budgets.map((b) => b.months)).toEqual(
      source.channels.map((c) => source.budgets.find((b) => b.channelId === c.id)?.months ?? {}),
    );
    expect(shared.roiScenarios).toHaveLength(1);
    expect(shared.roiScenarios[0]?.lines[0]?.channelId).toBe(shared.channels[0]?.id);
    expect(shared.roiScenarios[0]?.lines[0]?.mediaCost).toEqual(
      source.roiScenarios[0]?.lines[0]?.mediaCost,
    );
  });

  it('keeps the demo plan well under the length every common client carries', async () => {
    const url = await demoLink();
    console.info(`demo plan link: ${url.length} characters`);
    expect(url.length).toBeLessThan(MAX_SHARE_LINK_LENGTH);
  });

  it('refuses a link with one character changed, anywhere', async () => {
    const parameter = parameterOf(await demoLink());
    for (const at of [0, 2, 10, 18, 19, 40, parameter.length - 1]) {
      const char = parameter[at] === 'A' ? 'B' : 'A';
      const changed = parameter.slice(0, at) + char + parameter.slice(at + 1);
      const read = await readShareLink(changed, NOW);
      expect(read.ok, `changed at ${at}`).toBe(false);
      if (!read.ok) expect(['changed', 'not-a-link']).toContain(read.error.code);
    }
  });

  it('refuses a truncated link as changed', async () => {
    const parameter = parameterOf(await demoLink());
    const read = await readShareLink(parameter.slice(0, Math.floor(parameter.length / 2)), NOW);
    expect(read).toEqual({ ok: false, error: { code: 'changed' } });
  });

  it('refuses a link from a newer Mixplan, and one that is not a link', async () => {
    expect(await readShareLink('2.0123456789abcdef.AAAA', NOW)).toEqual({
      ok: false,
      error: { code: 'newer-version' },
    });
    expect(await readShareLink('hello', NOW)).toEqual({ ok: false, error: { code: 'not-a-link' } });
    expect(linkParameter('#/shared')).toBeNull();
  });

  it('refuses a crafted payload with a field Mixplan does not write', async () => {
    const payload = sharePayload(demo());
    const extra = { ...payload, plan: { ...(payload.plan as object), isAdmin: true } };
    const read = await readShareLink(await crafted(JSON.stringify(extra)), NOW);
    expect(read).toEqual({ ok: false, error: { code: 'unexpected' } });
    const channels = payload.channels as object[];
    const inChannel = {
      ...payload,
      channels: [{ ...channels[0], onclick: 'x' }, ...channels.slice(1)],
    };
    expect((await readShareLink(await crafted(JSON.stringify(inChannel)), NOW)).ok).toBe(false);
  });

  it('refuses a crafted payload whose names hold markup', async () => {
    const payload = sharePayload(demo());
    const evil = {
      ...payload,
      plan: { ...(payload.plan as object), name: '<img src=x onerror=alert(1)>' },
    };
    const read = await readShareLink(await crafted(JSON.stringify(evil)), NOW);
    expect(read).toEqual({ ok: false, error: { code: 'unsafe-text' } });
  });

  it('refuses values the app would not store: negative cents, a bad month, a NaN rate', async () => {
    const payload = sharePayload(demo());
    const channels = payload.channels as { budget: number[][] }[];
    const negative = {
      ...payload,
      channels: [
        { ...channels[0], budget: [[-5, ...Array(11).fill(0)], [], []] },
        ...channels.slice(1),
      ],
    };
    expect(await readShareLink(await crafted(JSON.stringify(negative)), NOW)).toEqual({
      ok: false,
      error: { code: 'invalid', part: 'channel', index: 0 },
    });
    const badMonth = { ...payload, plan: { ...(payload.plan as object), firstMonth: '2026-13' } };
    expect((await readShareLink(await crafted(JSON.stringify(badMonth)), NOW)).ok).toBe(false);
    const roi = JSON.parse(JSON.stringify(payload.roi)) as { marginRate: { likely: unknown } }[];
    if (roi[0]) roi[0].marginRate.likely = 'NaN';
    expect(await readShareLink(await crafted(JSON.stringify({ ...payload, roi })), NOW)).toEqual({
      ok: false,
      error: { code: 'invalid', part: 'scenario', index: 0 },
    });
  });

  it('refuses a payload that inflates past the cap (a zip bomb) without inflating it all', async () => {
    const bomb = `{"format":"mixplan-share","pad":"${'0'.repeat(MAX_INFLATED_BYTES * 4)}"}`;
    const parameter = await crafted(bomb);
    expect(parameter.length).toBeLessThan(MAX_SHARE_LINK_LENGTH);
    expect(await readShareLink(parameter, NOW)).toEqual({
      ok: false,
      error: { code: 'too-large' },
    });
  });

  it('refuses to make a link longer than MAX_SHARE_LINK_LENGTH, before producing it', async () => {
    const big = demo();
    // 120 channels of distinct, incompressible names and amounts.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647);
    const channels = Array.from({ length: 120 }, (_, i) => ({
      ...big.channels[0]!,
      id: `c${i}`,
      name: `Canal ${random().toString(36)}`,
    }));
    const budgets = channels.map((c) => ({
      channelId: c.id,
      planId: big.plan.id,
      months: Object.fromEntries(
        Array.from({ length: 12 }, (_, m) => [
          `2026-${String(m + 1).padStart(2, '0')}`,
          {
            planned: random() % 9_000_000,
            committed: random() % 9_000_000,
            actual: random() % 9_000_000,
          },
        ]),
      ),
    }));
    const made = await makeShareLink(BASE, { ...big, channels, budgets } as never, NOW);
    expect(made.ok).toBe(false);
    if (!made.ok) {
      expect(made.error.code).toBe('too-long');
      expect((made.error as { length: number }).length).toBeGreaterThan(MAX_SHARE_LINK_LENGTH);
    }
  });

  it('refuses a received link longer than the limit without reading it', async () => {
    const read = await readShareLink(
      `1.0123456789abcdef.${'A'.repeat(MAX_SHARE_LINK_LENGTH)}`,
      NOW,
    );
    expect(read.ok ? null : read.error.code).toBe('too-long');
  });

  it('never throws, whatever the p= value holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const read = await readShareLink(text, NOW);
        expect(read.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    // Checksummed garbage and random JSON get past the checksum and must still be refused.
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json()), async (text) => {
        const read = await readShareLink(await crafted(text), NOW);
        expect(read.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(
      (await readShareLink(await crafted(`{"format":"mixplan-share","plan":${deep}}`), NOW)).ok,
    ).toBe(false);
  });
});
