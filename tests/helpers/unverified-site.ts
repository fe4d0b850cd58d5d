// The real content has every municipality's web address and every self-test verified, and no
// verified service among a self-test's local entry points, so the real build cannot show that the
// notice follows `verified` there. This copy of the project changes only `verified` (and the note)
// in a few files so that each kind of fact appears both ways, and is built once per run: shared by
// the build test (tests/builds/unverified-notices.test.ts) and the browser test (axe on those pages).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { buildProjectCopy } from './project-copy.ts';

const root = join(import.meta.dirname, '../..');
export const unverifiedProject = join(root, 'tests/.tmp/unverified-site');
export const unverifiedContent = join(unverifiedProject, 'content');
export const unverifiedDist = join(unverifiedProject, 'dist');

/** Content file → its `verified` in the copy, and the note a reader then sees (none: the default). */
export const changes: Record<string, { verified: boolean; note?: string }> = {
  'municipalities/karlskrona.yaml': { verified: false, note: 'Kommunens webbadress är inte kontrollerad.' },
  'instruments/audit.yaml': { verified: false, note: 'Frågorna är inte kontrollerade mot den svenska versionen.' },
  'instruments/audit-c.yaml': { verified: false },
  'helplines/anonyma-alkoholister.yaml': { verified: true },
  'helplines/vardguiden-1177.yaml': { verified: false, note: 'Numret är inte kontrollerat.' },
  'services/vardcentralerna-blekinge.yaml': { verified: true },
};

// Through the YAML document, not the text: content is block-style and a note may span lines.
function setVerified(file: string, { verified, note }: { verified: boolean; note?: string }) {
  const document = parseDocument(readFileSync(file, 'utf8'));
  if (typeof document.get('verified') !== 'boolean') throw new Error(`${file}: no verified field to change`);
  document.set('verified', verified);
  if (note) document.set('verificationNote', note);
  else document.delete('verificationNote');
  writeFileSync(file, document.toString());
}

export function buildUnverifiedSite(): string {
  return buildProjectCopy('unverified-site', {
    change: (project) => {
      for (const [file, change] of Object.entries(changes)) setVerified(join(project, 'content', file), change);
    },
  });
}

/** The built copy, built now if an earlier test in this run has not. */
export function unverifiedSite(): string {
  return existsSync(join(unverifiedDist, 'hitta-hjalp', 'karlskrona', 'index.html')) ? unverifiedDist : buildUnverifiedSite();
}
