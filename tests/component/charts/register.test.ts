// Chart.js is registered part by part, in one file: 'chart.js/auto' would add every
// controller, scale and plugin to the bundle (about 11 KB gzip more, DESIGN.md floors).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Chart } from '../../../src/ui/charts/register';

const SRC = join(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
  });
}

describe('Chart.js registration', () => {
  it('never imports chart.js/auto, anywhere in src', () => {
    const offenders = sourceFiles(SRC).filter((file) =>
      /(?:from|import)\s*\(?\s*['"]chart\.js\/auto['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('registers parts in register.ts only', () => {
    const registering = sourceFiles(SRC).filter((file) =>
      /\bChart\.register\(/.test(readFileSync(file, 'utf8')),
    );
    expect(registering.map((file) => relative(SRC, file))).toEqual(['ui/charts/register.ts']);
  });

  it.each(['bar', 'line', 'doughnut'])('has the %s controller', (id) => {
    expect(() => Chart.registry.getController(id)).not.toThrow();
  });

  it.each(['pie', 'radar', 'polarArea', 'scatter', 'bubble'])(
    'leaves the unused %s controller out',
    (id) => {
      expect(() => Chart.registry.getController(id)).toThrow(/not a registered controller/);
    },
  );

  it('has the category and linear scales, and no other', () => {
    expect(() => Chart.registry.getScale('category')).not.toThrow();
    expect(() => Chart.registry.getScale('linear')).not.toThrow();
    for (const unused of ['logarithmic', 'time', 'timeseries', 'radialLinear']) {
      expect(() => Chart.registry.getScale(unused)).toThrow(/not a registered scale/);
    }
  });

  it('has the legend and tooltip plugins, and not the unused title or filler', () => {
    expect(Chart.registry.plugins.get('legend')).toBeDefined();
    expect(Chart.registry.plugins.get('tooltip')).toBeDefined();
    expect(Chart.registry.plugins.get('title')).toBeUndefined();
    expect(Chart.registry.plugins.get('filler')).toBeUndefined();
  });

  it('turns animation off for every chart', () => {
    expect(Chart.defaults.animation).toBe(false);
  });
});
