// The self-test instruments in content/instruments/: items, points, skip rules and cut-offs as in
// /work/shared/facts/instruments.md, and the Swedish messages an editor gets when one is broken.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Instrument } from '../../src/schemas/instrument.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { withContent } from '../helpers/content-fixture.ts';

function realInstruments(): Map<string, Instrument> {
  const report = validateContent(join(import.meta.dirname, '../../content'));
  expect(report.errors).toEqual([]);
  return new Map(report.entries.filter((e) => e.collection === 'instruments').map((e) => [e.id, e.data as unknown as Instrument]));
}

const instruments = realInstruments();

function instrument(id: string): Instrument {
  const found = instruments.get(id);
  if (!found) throw new Error(`content/instruments/${id}.yaml saknas`);
  return found;
}

const totals = (i: Instrument) => ({
  min: i.items.reduce((sum, item) => sum + Math.min(...item.options.map((o) => o.points)), 0),
  max: i.items.reduce((sum, item) => sum + Math.max(...item.options.map((o) => o.points)), 0),
});

/** The bands' [min, max] for one sex, lowest first. */
function boundaries(i: Instrument, sex: 'alla' | 'kvinna' | 'man'): [number, number][] {
  return i.bands
    .map((b) => (b.ranges as Record<string, { min: number; max: number } | undefined>)[sex])
    .filter((r): r is { min: number; max: number } => r !== undefined)
    .map((r): [number, number] => [r.min, r.max])
    .sort((a, b) => a[0] - b[0]);
}

const points = (i: Instrument, itemId: string) => i.items.find((item) => item.id === itemId)!.options.map((o) => o.points);
const ids = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, n) => `${prefix}${from + n}`);

interface Expected {
  id: string;
  items: number;
  max: number;
  concern: 'alkohol' | 'narkotika' | 'spel';
  fullTest?: string;
  timeframe: string;
  minutes: number;
  bands: { alla: [number, number][] } | { kvinna: [number, number][]; man: [number, number][] };
  skipRules: { items: string[]; totalAtMost: number; skip: string[] }[];
  /** Points of each item's options, in order. */
  points: Record<string, number[]>;
}

const never4 = [0, 1, 2, 3, 4];
const noYesYes = [0, 2, 4];
const byItem = (from: number, to: number, scale: number[]) => Object.fromEntries(ids('q', from, to).map((id) => [id, scale]));

const expected: Expected[] = [
  {
    id: 'audit',
    items: 10,
    max: 40,
    concern: 'alkohol',
    timeframe: 'det senaste året',
    minutes: 3,
    bands: {
      kvinna: [[0, 5], [6, 13], [14, 17], [18, 40]],
      man: [[0, 7], [8, 15], [16, 19], [20, 40]],
    },
    skipRules: [
      { items: ['q1'], totalAtMost: 0, skip: ids('q', 2, 8) },
      { items: ['q2', 'q3'], totalAtMost: 0, skip: ids('q', 4, 8) },
    ],
    points: { ...byItem(1, 8, never4), ...byItem(9, 10, noYesYes) },
  },
  {
    id: 'audit-c',
    items: 3,
    max: 12,
    concern: 'alkohol',
    fullTest: 'audit',
    timeframe: 'det senaste året',
    minutes: 1,
    bands: {
      kvinna: [[0, 4], [5, 12]],
      man: [[0, 5], [6, 12]],
    },
    skipRules: [{ items: ['q1'], totalAtMost: 0, skip: ['q2', 'q3'] }],
    points: byItem(1, 3, never4),
  },
  {
    id: 'dudit',
    items: 11,
    max: 44,
    concern: 'narkotika',
    timeframe: 'det senaste året',
    minutes: 3,
    bands: {
      kvinna: [[0, 1], [2, 24], [25, 44]],
      man: [[0, 5], [6, 24], [25, 44]],
    },
    skipRules: [{ items: ['q1'], totalAtMost: 0, skip: ids('q', 2, 9) }],
    points: { ...byItem(1, 9, never4), ...byItem(10, 11, noYesYes) },
  },
  {
    id: 'pgsi',
    items: 9,
    max: 27,
    concern: 'spel',
    timeframe: 'det senaste året',
    minutes: 3,
    bands: { alla: [[0, 0], [1, 2], [3, 7], [8, 27]] },
    skipRules: [],
    points: byItem(1, 9, [0, 1, 2, 3]),
  },
  {
    id: 'nods-clip',
    items: 3,
    max: 3,
    concern: 'spel',
    fullTest: 'pgsi',
    timeframe: 'någon gång i livet',
    minutes: 1,
    bands: { alla: [[0, 0], [1, 3]] },
    skipRules: [],
    points: byItem(1, 3, [0, 1]),
  },
];

describe('the instruments in content/instruments/', () => {
  it('are exactly the five the self-test uses', () => {
    expect([...instruments.keys()].sort()).toEqual(expected.map((e) => e.id).sort());
  });

  describe.each(expected)('$id', (e) => {
    const i = instrument(e.id);

    it(`has ${e.items} items, ids q1…q${e.items}`, () => {
      expect(i.items.map((item) => item.id)).toEqual(ids('q', 1, e.items));
    });

    it(`scores 0–${e.max}`, () => {
      expect(totals(i)).toEqual({ min: 0, max: e.max });
    });

    it('gives each option the points in the facts', () => {
      expect(Object.fromEntries(i.items.map((item) => [item.id, points(i, item.id)]))).toEqual(e.points);
    });

    it('has the band boundaries in the facts', () => {
      const sexes = Object.keys(e.bands) as ('alla' | 'kvinna' | 'man')[];
      for (const band of i.bands) expect(Object.keys(band.ranges).sort()).toEqual([...sexes].sort());
      for (const sex of sexes) expect(boundaries(i, sex), sex).toEqual((e.bands as Record<string, [number, number][]>)[sex]);
    });

    it('has the skip rules in the facts, naming its own items', () => {
      expect(i.skipRules).toEqual(e.skipRules);
      const itemIds = new Set(i.items.map((item) => item.id));
      for (const rule of i.skipRules) for (const id of [...rule.items, ...rule.skip]) expect(itemIds).toContain(id);
    });

    it('has the concern, full test, timeframe and length', () => {
      expect({ concern: i.concern, fullTest: i.fullTest, timeframe: i.timeframe, minutes: i.minutes }).toEqual({
        concern: e.concern,
        fullTest: e.fullTest,
        timeframe: e.timeframe,
        minutes: e.minutes,
      });
    });

    it('says in every result that a test is not a diagnosis, in 3–5 sentences', () => {
      for (const band of i.bands) {
        expect(band.result, band.id).toMatch(/diagnos/);
        const sentences = band.result.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
        expect(sentences.length, band.id).toBeGreaterThanOrEqual(3);
        expect(sentences.length, band.id).toBeLessThanOrEqual(5);
      }
    });

    it('points only to pages of the site that fit its concern', () => {
      const allowed = new Set([`/hitta-hjalp/for-mig/${e.concern}/`, '/akut/', '/testa-dina-vanor/audit/', '/testa-dina-vanor/pgsi/']);
      for (const band of i.bands) {
        for (const step of band.nextSteps) {
          expect([step.path, step.service, step.helpline].filter(Boolean), step.text).toHaveLength(1);
          if (step.path) expect(allowed, step.path).toContain(step.path);
        }
      }
      // Every band above the lowest offers a way on.
      for (const band of i.bands.slice(1)) expect(band.nextSteps.length, band.id).toBeGreaterThan(0);
    });

    it('says its wording is the site\'s own, and is dated and cross-checked', () => {
      expect(i.licence).toMatch(/webbplatsens egna formuleringar/);
      expect(i.reviewed).toBe('2026-11-22');
      expect(i.verified).toBe(true);
      expect(i.source.length).toBeGreaterThan(0);
      for (const source of i.source) expect(source).not.toMatch(/^https?:/);
    });
  });

  it('AUDIT-C asks exactly the first three questions of AUDIT', () => {
    expect(instrument('audit-c').items).toEqual(instrument('audit').items.slice(0, 3));
  });

  it('explains a standard drink (12 g alcohol) next to the questions about amounts', () => {
    for (const id of ['audit', 'audit-c']) {
      const items = instrument(id).items;
      for (const item of items.filter((x) => x.id === 'q2' || x.id === 'q3')) {
        expect(item.help, `${id} ${item.id}`).toBe('Ett standardglas är till exempel 33 cl starköl, 50 cl folköl, 12–15 cl vin eller 4 cl sprit.');
      }
    }
  });

  it('the short tests offer the full test when positive', () => {
    for (const [short, path] of [['audit-c', '/testa-dina-vanor/audit/'], ['nods-clip', '/testa-dina-vanor/pgsi/']] as const) {
      const i = instrument(short);
      expect(instrument(i.fullTest!).concern).toBe(i.concern);
      for (const band of i.bands.slice(1)) expect(band.nextSteps.map((s) => s.path)).toContain(path);
    }
  });

  it('PGSI and NODS-CLiP say that no licence statement was found', () => {
    expect(instrument('pgsi').licence).toMatch(/^Ingen uppgift om licens har hittats för PGSI\./);
    expect(instrument('nods-clip').licence).toMatch(/^Ingen uppgift om licens har hittats för NODS-CLiP\./);
  });
});

describe('content check: a broken instrument gets a Swedish message naming the file, the field and the fix', () => {
  const mini = 'instruments/mini.yaml';

  it('overlapping bands', () => {
    const errors = withContent((c) => c.replace(mini, 'kvinna: { min: 0, max: 0 }', 'kvinna: { min: 0, max: 1 }'));
    expect(errors).toEqual([
      'content/instruments/mini.yaml: fältet "bands.1.ranges.kvinna": 1–3 hänger inte ihop med föregående gräns: nästa gräns ska börja på 2. Gränserna ska täcka 0–3 utan glapp eller överlapp.',
    ]);
  });

  it('bands that stop short of the highest possible total', () => {
    const errors = withContent((c) => c.replace(mini, 'kvinna: { min: 1, max: 3 }', 'kvinna: { min: 1, max: 2 }'));
    expect(errors).toEqual([
      'content/instruments/mini.yaml: fältet "bands": gränserna för kvinnor slutar på 2, men testet kan ge 3 poäng. Låt den sista gränsen gå till 3.',
    ]);
  });

  it('bands for everyone that stop short', () => {
    const errors = withContent((c) => {
      c.replace(mini, 'ranges: { kvinna: { min: 0, max: 0 }, man: { min: 0, max: 1 } }', 'ranges: { alla: { min: 0, max: 0 } }');
      c.replace(mini, 'ranges: { kvinna: { min: 1, max: 3 }, man: { min: 2, max: 3 } }', 'ranges: { alla: { min: 1, max: 2 } }');
    });
    expect(errors).toEqual([
      'content/instruments/mini.yaml: fältet "bands": gränserna slutar på 2, men testet kan ge 3 poäng. Låt den sista gränsen gå till 3.',
    ]);
  });

  it('a skip rule naming a question that does not exist', () => {
    const errors = withContent((c) => c.replace(mini, 'items: [f1]', 'items: [f9]'));
    expect(errors).toEqual([
      'content/instruments/mini.yaml: fältet "skipRules.0.items.0": "f9" är ingen fråga i testet. Använd ett av frågornas id: f1, f2.',
    ]);
  });

  it('a next step naming a helpline that does not exist', () => {
    const errors = withContent((c) => c.replace(mini, 'helpline: sjalvmordslinjen', 'helpline: stodlinjen-spel'));
    expect(errors).toEqual([
      'content/instruments/mini.yaml: fältet "bands.1.nextSteps.1.helpline": "stodlinjen-spel" är ingen stödlinje. Använd filnamnet på en fil i content/helplines/.',
    ]);
  });

  it('a next step naming a service that does not exist', () => {
    const errors = withContent((c) => c.replace(mini, 'service: beroendemottagningen', 'service: vardcentral'));
    expect(errors).toEqual([
      'content/instruments/mini.yaml: fältet "bands.1.nextSteps.0.service": "vardcentral" är ingen mottagning. Använd filnamnet på en fil i content/services/.',
    ]);
  });

  it('a full test that does not exist', () => {
    const errors = withContent((c) => c.replace(mini, 'concern: alkohol', 'fullTest: maxi\nconcern: alkohol'));
    expect(errors).toEqual([
      'content/instruments/mini.yaml: fältet "fullTest": "maxi" är inget test. Använd filnamnet (utan .yaml) på en fil i content/instruments/.',
    ]);
  });

  it('a next step that leads nowhere, or to two places', () => {
    const none = withContent((c) => c.replace(mini, '{ text: Ring, service: beroendemottagningen }', '{ text: Ring }'));
    expect(none).toEqual([
      'content/instruments/mini.yaml: fältet "bands.1.nextSteps.0": ska leda till exakt ett ställe. Ange ett av fälten path, service eller helpline.',
    ]);
    const two = withContent((c) => c.replace(mini, '{ text: Ring, service: beroendemottagningen }', '{ text: Ring, service: beroendemottagningen, path: /akut/ }'));
    expect(two).toHaveLength(1);
  });

  it('a question id that cannot be used', () => {
    const errors = withContent((c) => c.replace(mini, '- id: f1', '- id: F1'));
    expect(errors[0]).toBe('content/instruments/mini.yaml: fältet "items.0.id": "F1" går inte att använda här. Skriv bara små bokstäver a–z, siffror och bindestreck, t.ex. q1.');
  });

  it('an option with negative points', () => {
    const errors = withContent((c) => c.replace(mini, '{ label: Nej, points: 0 }', '{ label: Nej, points: -1 }'));
    // Only this message: the band check is skipped, so that it does not repeat the error in other words.
    expect(errors).toEqual([
      'content/instruments/mini.yaml: fältet "items.0.options.0.points": -1 är för litet: det minsta tillåtna är 0.',
    ]);
  });
});
