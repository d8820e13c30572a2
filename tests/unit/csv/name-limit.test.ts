// One limit for channel names: a name the channel sheet accepts is one the CSV import reads
// back, so the app's own export re-imported with Replace keeps every channel.
import { describe, expect, it } from 'vitest';
import { csvBytes, sheetCsv } from '../../../src/csv/export';
import { targetById } from '../../../src/csv/targets';
import { emptyBudget } from '../../../src/domain/budget';
import type { Month } from '../../../src/domain/months';
import { MAX_NAME_LENGTH, type Channel } from '../../../src/domain/plan';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';
import { parseCellInput } from '../../../src/ui/grid/cell-input';
import { channelColumns } from '../../../src/views/planner/channel-columns';
import { applied, importBytes, importText } from './import-helpers';
import { makePlan } from './plan-arbitraries';

const plan = makePlan('2026-01' as Month, 12);
const t = (key: MessageKey, params?: MessageParams) => translate('fr', key, params);
const nameColumn = channelColumns('fr', t)[0]!;

function channel(name: string): Channel {
  return {
    id: 'c1',
    planId: plan.id,
    name,
    family: 'media',
    category: 'radio',
    poe: 'paid',
    costModel: { kind: 'fixed' },
    objective: null,
    stage: null,
    kpi: null,
    sortOrder: 0,
  };
}

function sheetAccepts(name: string): boolean {
  return parseCellInput(nameColumn, name, { locale: 'fr-FR', decimal: ',' }).ok;
}

function importAccepts(name: string): boolean {
  const outcome = importText('channels', `Canal\r\n"${name}"\r\n`, plan).outcome;
  return outcome.acceptedCount === 1;
}

describe('one limit for channel names', () => {
  it.each([
    ['one under the limit', 'a'.repeat(MAX_NAME_LENGTH - 1), true],
    ['at the limit', 'a'.repeat(MAX_NAME_LENGTH), true],
    ['at the limit with spaces around', `  ${'a'.repeat(MAX_NAME_LENGTH)} `, true],
    ['one over the limit', 'a'.repeat(MAX_NAME_LENGTH + 1), false],
    ['100 KB', 'a'.repeat(100_000), false],
  ])('the channel sheet and the import agree on a name %s', (_, name, accepted) => {
    expect(sheetAccepts(name)).toBe(accepted);
    expect(importAccepts(name)).toBe(accepted);
  });

  it('the longest name the sheet accepts survives export and re-import with Replace', () => {
    // A leading "=" is written "'=" against spreadsheet formulas: one character more in the file.
    const name = `=${'n'.repeat(MAX_NAME_LENGTH - 1)}`;
    expect(sheetAccepts(name)).toBe(true);
    const source = { plan, channels: [channel(name)], budgets: [emptyBudget(plan.id, 'c1')] };
    const options = { delimiter: ';', numberStyle: ',', language: 'fr', layer: 'planned' } as const;
    const bytes = csvBytes(sheetCsv(targetById('channels'), source, options));
    const { outcome } = importBytes('channels', bytes, plan);
    const after = applied(source, outcome, 'replace');
    expect(after.changes.deletedChannelIds).toEqual([]);
    expect(after.channels.map((c) => c.name)).toEqual([name]);
  });
});
