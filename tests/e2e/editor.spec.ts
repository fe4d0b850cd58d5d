// The editor at /admin/, driven in the browser against decap-server's git mode on a throw-away
// repository seeded from content/ (tests/helpers/editor-sandbox.ts): for each collection an
// invalid edit shows the content check's sentence and writes nothing, and a valid edit becomes a
// branch of its own (the editorial workflow, as a pull request would) whose file keeps every field
// and differs in the edited field only (its data, and its lines of text), and passes the content
// check. No request leaves the site and the backend standing in for the git host's API.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { startEditorSandbox, type EditorSandbox } from '../helpers/editor-sandbox.ts';

const root = join(import.meta.dirname, '../..');

interface Edit {
  collection: string;
  entry: string;
  /** The field's label in the editor (src/features/editor/words.yaml) and its key in the file. */
  label: string;
  key: string;
  invalid: string;
  /** The content check's sentence, as the editor shows it: "<label> matchar inte mönstret: <sentence>". */
  message: string;
  valid: string;
}

const edits: Edit[] = [
  {
    collection: 'services',
    entry: 'karlskrona-socialtjanst-vuxen',
    label: 'Sammanfattning',
    key: 'summary',
    invalid: 'Ett ord. '.repeat(50),
    message: 'En sammanfattning får vara högst 400. Korta texten.',
    valid: 'Kommunens vuxenenhet ger stöd och behandling till dig som är vuxen och har problem med alkohol, narkotika, läkemedel eller spel.',
  },
  {
    collection: 'helplines',
    entry: 'alkoholhjalpen',
    label: 'Webbplats',
    key: 'web',
    invalid: 'www.alkoholhjalpen.se',
    message: 'Värdet är ingen webbadress. Skriv hela adressen, t.ex. https://www.1177.se/.',
    valid: 'https://www.alkoholhjalpen.se/',
  },
  {
    collection: 'municipalities',
    entry: 'ronneby',
    label: 'Webbplats',
    key: 'web',
    invalid: 'http//ronneby.se',
    message: 'Värdet är ingen webbadress. Skriv hela adressen, t.ex. https://www.1177.se/.',
    valid: 'https://ronneby.se/',
  },
  {
    collection: 'programmes',
    entry: 'al-anon-och-alateen',
    label: 'Namn',
    key: 'name',
    invalid: 'Al-Anon '.repeat(16),
    message: 'En rad som ett namn eller en rubrik får vara högst 120. Korta texten.',
    valid: 'Al-Anon och Alateen (självhjälpsgrupper)',
  },
];

const folders: Record<string, string> = { services: 'services', helplines: 'helplines', municipalities: 'municipalities', programmes: 'programmes' };

let sandbox: EditorSandbox;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  sandbox = await startEditorSandbox(`worker-${test.info().workerIndex}`);
});
test.afterAll(async () => {
  await sandbox?.stop();
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openEntry(page: Page, edit: Edit) {
  // A new document each time: moving between entries by the address's hash keeps the last one's data.
  await page.goto('about:blank');
  await page.goto(`${sandbox.siteOrigin}/admin/#/collections/${edit.collection}/entries/${edit.entry}`);
  const login = page.getByRole('button', { name: 'Logga in' });
  // An optional field's label ends in "(frivillig)".
  const field = page.getByLabel(new RegExp(`^${escapeRegExp(edit.label)}( \\(frivillig\\))?$`));
  await expect(login.or(field)).toBeVisible({ timeout: 20_000 });
  if (await login.isVisible()) {
    await login.click();
    await page.goto(`${sandbox.siteOrigin}/admin/#/collections/${edit.collection}/entries/${edit.entry}`);
  }
  await expect(field).toBeVisible({ timeout: 20_000 });
  return field;
}

/** As a person does it: select what is there and type over it (Decap ignores an input emptied by script). */
async function replaceText(field: Locator, text: string) {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.page().keyboard.insertText(text);
  await expect(field).toHaveValue(text);
}

const branches = () => sandbox.git('branch', '--list', 'cms/*', '--format=%(refname:short)').split('\n').filter(Boolean);

test('each collection: an invalid edit is stopped with the content check\'s words, a valid one becomes a branch with that field changed only', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const origin = new URL(route.request().url()).origin;
    if (origin === sandbox.siteOrigin || origin === sandbox.backendOrigin) return route.continue();
    offsite.push(route.request().url());
    return route.abort();
  });
  const violations: string[] = [];
  await context.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();

  for (const edit of edits) {
    const file = `content/${folders[edit.collection]}/${edit.entry}.yaml`;
    const field = await openEntry(page, edit);
    const save = page.getByRole('button', { name: 'Spara', exact: true });

    await replaceText(field, edit.invalid);
    await save.click();
    await expect(page.getByText(new RegExp(`^${escapeRegExp(edit.label)}.* matchar inte mönstret: ${escapeRegExp(edit.message)}$`))).toBeVisible();
    expect(branches(), `${edit.collection}: nothing saved`).not.toContain(`cms/${edit.collection}/${edit.entry}`);

    await replaceText(field, edit.valid);
    await save.click();
    const branch = `cms/${edit.collection}/${edit.entry}`;
    const saved = () => (branches().includes(branch) ? (parse(sandbox.git('show', `${branch}:${file}`)) as Record<string, unknown>)[edit.key] : undefined);
    await expect.poll(saved, { message: `${edit.collection}: the edit became a branch`, timeout: 15_000 }).toBe(edit.valid);
    await expect(page.getByText(edit.message)).toHaveCount(0);

    const before = parse(sandbox.git('show', `main:${file}`)) as Record<string, unknown>;
    const after = parse(sandbox.git('show', `${branch}:${file}`)) as Record<string, unknown>;
    expect({ ...after, [edit.key]: undefined }, `${file}: every other field as it was`).toEqual({ ...before, [edit.key]: undefined });
    expect(sandbox.git('diff', '--name-only', 'main', branch).trim(), 'one file changed').toBe(file);
    // Content is kept in the editor's YAML style (npm run format:content): the text changes in
    // one place, the edited field's line and the lines it folds onto.
    const diff = sandbox.git('diff', '-U0', 'main', branch, '--', file);
    const hunks = diff.split('\n').filter((line) => line.startsWith('@@'));
    const changed = diff.split('\n').filter((line) => /^[-+]/.test(line) && !/^(?:---|\+\+\+) /.test(line));
    expect(hunks, `${file}: one place changed\n${diff}`).toHaveLength(1);
    expect(changed.filter((line) => !line.slice(1).startsWith(`${edit.key}:`) && !line.startsWith('+  ') && !line.startsWith('-  ')), diff).toEqual([]);
    // …and that place lies in the field's own lines in the original.
    const original = sandbox.git('show', `main:${file}`).split('\n');
    const first = original.findIndex((line) => line.startsWith(`${edit.key}:`)) + 1;
    const next = original.findIndex((line, i) => i >= first && !line.startsWith(' '));
    const last = next === -1 ? original.length : next;
    const [, from = '0', count = '1'] = /^@@ -(\d+)(?:,(\d+))? /.exec(hunks[0]!) ?? [];
    expect(Number(from), diff).toBeGreaterThanOrEqual(first);
    expect(Number(from) + Math.max(Number(count), 1) - 1, diff).toBeLessThanOrEqual(last);
    test.info().annotations.push({ type: `diff ${file}`, description: changed.join('\n') });
  }

  // Every saved edit together passes the content check, as CI would run it on the pull requests.
  sandbox.git('checkout', '-q', '-b', 'all-edits', 'main');
  for (const branch of branches()) sandbox.git('merge', '-q', '--no-edit', branch);
  const check = execFileSync(process.execPath, [join(root, 'scripts/check-content.ts'), join(sandbox.repo, 'content')], { encoding: 'utf8', env: { ...process.env, BUILD_DATE: process.env.BUILD_DATE ?? '2026-12-02' } });
  expect(check).toContain('Innehållet är giltigt');

  expect(violations, 'the /admin/ policy allows what the editor does').toEqual([]);
  expect(offsite, 'requests to other hosts').toEqual([]);
  await context.close();
});
