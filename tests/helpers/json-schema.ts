// JSON Schema validation for the open-data tests: Ajv, readable error lists, and HSDS 3.0 from the
// vendored compiled schema (tests/fixtures/hsds/), resolved offline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function newAjv() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

export function errorsOf(validate: { errors?: { instancePath: string; message?: string }[] | null | undefined }): string[] {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

// HSDS publishes each object as its own schema file that refers to the others by file name
// ("phone.json"); compiled/tabular.json holds all of them, so each is registered under the name
// its $refs use, relative to where tabular.json is published on the 3.0 branch.
const hsdsBase = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/';

/** Validates an HSDS tabular export as a whole and record by record; returns every error, readably. */
export function hsdsValidator() {
  const tabular = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/hsds/tabular.json'), 'utf8')) as {
    properties: Record<string, { items: object }>;
  };
  const ajv = newAjv();
  ajv.addSchema(tabular, `${hsdsBase}tabular.json`);
  for (const [name, table] of Object.entries(tabular.properties)) ajv.addSchema(structuredClone(table.items), `${hsdsBase}${name}.json`);
  return (data: object): string[] => {
    const whole = ajv.getSchema(`${hsdsBase}tabular.json`)!;
    const errors = whole(data) ? [] : errorsOf(whole).map((e) => `tabular.json: ${e}`);
    for (const [table, rows] of Object.entries(data) as [string, { id: string; name?: string }[]][]) {
      const validate = ajv.getSchema(`${hsdsBase}${table}.json`);
      if (!validate) {
        errors.push(`${table}: inget sådant objekt i HSDS 3.0`);
        continue;
      }
      rows.forEach((row, i) => {
        if (!validate(row)) errors.push(...errorsOf(validate).map((e) => `${table}[${i}] ${row.name ?? row.id}: ${e}`));
      });
    }
    return errors;
  };
}
