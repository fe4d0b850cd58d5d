// A throwaway copy of the valid fixture content, for tests that break one file at a time.
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateContent } from '../../src/lib/content/validate.ts';

const validFixture = join(import.meta.dirname, '../fixtures/content-valid');

export function withContent(change: (content: ContentFolder) => void): string[] {
  const root = mkdtempSync(join(tmpdir(), 'en-vag-in-content-'));
  try {
    cpSync(validFixture, join(root, 'content'), { recursive: true });
    change(new ContentFolder(join(root, 'content')));
    return validateContent(join(root, 'content'), { displayRoot: root }).errors;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export class ContentFolder {
  constructor(readonly path: string) {}
  read(file: string): string {
    return readFileSync(join(this.path, file), 'utf8');
  }
  write(file: string, text: string): void {
    mkdirSync(dirname(join(this.path, file)), { recursive: true });
    writeFileSync(join(this.path, file), text);
  }
  replace(file: string, from: string | RegExp, to: string): void {
    const before = this.read(file);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`fixture ${file} has no ${String(from)}`);
    this.write(file, after);
  }
}
