// The ROI screen's strings load with its screen, not with the app (they would add ~17 KB
// gzip to the first load): the base catalogue holds none of them, and once the screen's
// catalogue is loaded every ROI key reads in both languages.
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { enRoi } from '../../../src/i18n/en-roi';
import { enRoiModel } from '../../../src/i18n/en-roi-model';
import { fr } from '../../../src/i18n/fr';
import { frRoi } from '../../../src/i18n/fr-roi';
import { frRoiModel } from '../../../src/i18n/fr-roi-model';
import { translate } from '../../../src/i18n';
import { enClv } from '../../../src/i18n/en-clv';
import { frClv } from '../../../src/i18n/fr-clv';
import { enData } from '../../../src/i18n/en-data';
import { enImport } from '../../../src/i18n/en-import';
import { frData } from '../../../src/i18n/fr-data';
import { frImport } from '../../../src/i18n/fr-import';

describe('the screens’ own strings (ROI, CLV, Data)', () => {
  it('are not in the catalogue the app loads at start', () => {
    const base = [...Object.keys(fr), ...Object.keys(en)];
    expect(base.filter((key) => /^(roi|roiModel|clv)\./.test(key))).toEqual([]);
    const dataScreen = new Set([...Object.keys(frData), ...Object.keys(frImport)]);
    expect(base.filter((key) => dataScreen.has(key))).toEqual([]);
  });

  it('of the Data screen read in both languages once its catalogue is loaded', async () => {
    expect(translate('fr', 'import.title')).toBe('import.title');
    await import('../../../src/i18n/data-catalogue');
    expect(translate('fr', 'import.title')).toBe(frData['import.title']);
    expect(translate('en', 'backup.title')).toBe(enData['backup.title']);
    expect(Object.keys(enData).sort()).toEqual(Object.keys(frData).sort());
    expect(Object.keys(enImport).sort()).toEqual(Object.keys(frImport).sort());
  });

  it('show as their key until the screen adds them, then read in French and English', async () => {
    expect(translate('fr', 'roi.title')).toBe('roi.title');
    await import('../../../src/i18n/roi-catalogue');
    expect(translate('fr', 'roi.title')).toBe(frRoi['roi.title']);
    expect(translate('en', 'roi.title')).toBe(enRoi['roi.title']);
    expect(Object.keys(enRoi).sort()).toEqual(Object.keys(frRoi).sort());
    expect(Object.keys(enRoiModel).sort()).toEqual(Object.keys(frRoiModel).sort());
    for (const key of Object.keys(frRoiModel) as (keyof typeof frRoiModel)[]) {
      expect(translate('en', key)).toBe(enRoiModel[key]);
    }
  });

  it('of the CLV screen, likewise, once its catalogue is loaded', async () => {
    expect(translate('fr', 'clv.retry')).toBe('clv.retry');
    await import('../../../src/i18n/clv-catalogue');
    expect(Object.keys(enClv).sort()).toEqual(Object.keys(frClv).sort());
    expect(translate('fr', 'clv.retry')).toBe('Réessayer');
    expect(translate('en', 'clv.retry')).toBe('Retry');
  });
});
