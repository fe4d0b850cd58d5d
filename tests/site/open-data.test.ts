// The open data files as built into dist/data/: services.json against services.schema.json, and
// hsds.json, record by record, against the vendored HSDS 3.0 schemas.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDay } from '../../scripts/lib/build-day.ts';
import { distDir } from '../helpers/dist.ts';
import { errorsOf, hsdsValidator, newAjv } from '../helpers/json-schema.ts';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const built = (name: string) => read(join(distDir, 'data', name));
const serviceIds = readdirSync(join(root, 'content/services'))
  .filter((f) => /^[^_].*\.ya?ml$/.test(f))
  .map((f) => f.replace(/\.ya?ml$/, ''))
  .sort();

describe('dist/data/', () => {
  it.each(['services.json', 'services.schema.json', 'hsds.json'])('has %s, readable JSON with its compressed copies', (name) => {
    const text = readFileSync(join(distDir, 'data', name), 'utf8');
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text).toMatch(/^\{\n {2}"/);
    expect(existsSync(join(distDir, 'data', `${name}.br`))).toBe(true);
    expect(existsSync(join(distDir, 'data', `${name}.gz`))).toBe(true);
  });
});

describe('services.json', () => {
  const data = built('services.json') as { generatedAt: string; services: { id: string; source: string[]; reviewed: string; verified: boolean }[] };

  it('validates against services.schema.json', () => {
    const validate = newAjv().compile(built('services.schema.json') as object);
    expect(validate(data) ? [] : errorsOf(validate)).toEqual([]);
  });

  it('has every service in content/services, each with its source, review date and verification', () => {
    expect(data.services.map((s) => s.id)).toEqual(serviceIds);
    for (const s of data.services) {
      expect(s.source.length).toBeGreaterThan(0);
      expect(s.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof s.verified).toBe('boolean');
    }
    expect(data.generatedAt).toBe(buildDay);
  });
});

describe('hsds.json', () => {
  const data = built('hsds.json') as Record<string, { id: string; name?: string }[]>;
  it('validates against HSDS 3.0, as a whole and every record against its object schema', () => {
    expect(hsdsValidator()(data)).toEqual([]);
  });

  it('has one HSDS service per service, with unique ids', () => {
    expect(data.service).toHaveLength(serviceIds.length);
    const ids = Object.values(data).flatMap((rows) => rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
