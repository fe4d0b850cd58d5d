// The editor at /admin/, driven in the browser against decap-server's git mode on a throw-away
// repository seeded from content/ (scripts/lib/editor-sandbox.ts): for each collection an
// invalid edit shows the content check's sentence and writes nothing, and a valid edit becomes a
// branch of its own (the editorial workflow, as a pull request would) whose file keeps every field
// and differs in the edited field only (its data, and its lines of text), and passes the content
// check. No request leaves the site and the backend standing in for the git host's API.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { startEditorSandbox, type EditorSandbox } from '../../scripts/lib/editor-sandbox.ts';
import { buildDay, stockholmInstant } from '../../scripts/lib/build-day.ts';

const root = join(import.meta.dirname, '../..');

interface Edit {
  collection: string;
  entry: string;
  /** The field's label in the editor (src/features/editor/words.yaml) and where it is in the file. */
  label: string;
  path: (string | number)[];
  /** A list item to open first (its summary in the list). */
  open?: string;
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
    path: ['summary'],
    invalid: 'Ett ord. '.repeat(50),
    message: 'En sammanfattning får vara högst 400. Korta texten.',
    valid: 'Kommunens vuxenenhet ger stöd och behandling till dig som är vuxen och har problem med alkohol, narkotika, läkemedel eller spel.',
  },
  {
    collection: 'helplines',
    entry: 'alkoholhjalpen',
    label: 'Webbplats',
    path: ['web'],
    invalid: 'www.alkoholhjalpen.se',
    message: 'Värdet är ingen webbadress. Skriv hela adressen, t.ex. https://www.1177.se/.',
    valid: 'https://www.alkoholhjalpen.se/',
  },
  {
    // Karlshamn has an editorial note (why no switchboard number is shown): it survives the save.
    collection: 'municipalities',
    entry: 'karlshamn',
    label: 'Webbplats',
    path: ['web'],
    invalid: 'http//karlshamn.se',
    message: 'Värdet är ingen webbadress. Skriv hela adressen, t.ex. https://www.1177.se/.',
    valid: 'https://karlshamn.se/',
  },
  {
    collection: 'programmes',
    entry: 'al-anon-och-alateen',
    label: 'Namn',
    path: ['name'],
    invalid: 'Al-Anon '.repeat(16),
    message: 'En rad som ett namn eller en rubrik får vara högst 120. Korta texten.',
    valid: 'Al-Anon och Alateen (självhjälpsgrupper)',
  },
];

edits.push({
  collection: 'glossary',
  entry: 'ordlista',
  open: 'sip',
  label: 'Förklaring',
  path: ['terms', 1, 'explanation'],
  invalid: 'En plan. '.repeat(70),
  message: 'Ett stycke får vara högst 600. Korta texten.',
  valid: 'En plan som kommunen och regionen gör tillsammans med dig när du behöver hjälp från båda. I planen står vem som gör vad och när.',
});

edits.push({
  collection: 'synonyms',
  entry: 'spel',
  open: 'List [ "spelberonde", "spelbroende", "spellberoende" ]',
  label: 'Anteckning',
  path: ['synonyms', 1, 'note'],
  invalid: 'Felstavning. '.repeat(50),
  message: 'Ett stycke får vara högst 600. Korta texten.',
  valid: 'Vanliga felstavningar av spelberoende.',
});

const fileOf = (edit: Edit) => (edit.collection === 'glossary' ? 'content/ordlista.yaml' : `content/${edit.collection}/${edit.entry}.yaml`);
const at = (data: unknown, path: Edit['path']) => path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], data);
function without(data: unknown, path: Edit['path']): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  delete parent[path.at(-1)!];
  return copy;
}

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
  const labelled = page.getByLabel(new RegExp(`^${escapeRegExp(edit.label)}( \\(frivillig\\))?$`));
  // In a list, each item has the field: the item's own, by its place.
  const index = edit.path.find((step) => typeof step === 'number');
  const field = index === undefined ? labelled : labelled.nth(index);
  const item = edit.open ? page.getByText(edit.open, { exact: true }) : undefined;
  await expect(login.or(item ?? field)).toBeVisible({ timeout: 20_000 });
  if (await login.isVisible()) {
    await login.click();
    await page.goto(`${sandbox.siteOrigin}/admin/#/collections/${edit.collection}/entries/${edit.entry}`);
  }
  // A list item opens with the first button of its bar (the caret before its summary).
  if (item) await item.locator('xpath=ancestor::*[.//button][1]').getByRole('button').first().click({ timeout: 20_000 });
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

/** A browser context for the editor whose requests to any host but the site and decap-server fail and are counted. */
async function editorContext(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const origin = new URL(route.request().url()).origin;
    if (origin === sandbox.siteOrigin || origin === sandbox.backendOrigin) return route.continue();
    offsite.push(route.request().url());
    return route.abort();
  });
  return { context, offsite };
}

const branches = () => sandbox.git('branch', '--list', 'cms/*', '--format=%(refname:short)').split('\n').filter(Boolean);

test('each collection: an invalid edit is stopped with the content check\'s words, a valid one becomes a branch with that field changed only', async ({ browser }) => {
  test.setTimeout(180_000);
  const { context, offsite } = await editorContext(browser);
  const violations: string[] = [];
  await context.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();

  for (const edit of edits) {
    const file = fileOf(edit);
    const field = await openEntry(page, edit);
    const save = page.getByRole('button', { name: 'Spara', exact: true });

    await replaceText(field, edit.invalid);
    await save.click();
    await expect(page.getByText(new RegExp(`^${escapeRegExp(edit.label)}.* matchar inte mönstret: ${escapeRegExp(edit.message)}$`))).toBeVisible();
    expect(branches(), `${edit.collection}: nothing saved`).not.toContain(`cms/${edit.collection}/${edit.entry}`);

    await replaceText(field, edit.valid);
    await save.click();
    const branch = `cms/${edit.collection}/${edit.entry}`;
    const saved = () => (branches().includes(branch) ? at(parse(sandbox.git('show', `${branch}:${file}`)), edit.path) : undefined);
    await expect.poll(saved, { message: `${edit.collection}: the edit became a branch`, timeout: 15_000 }).toBe(edit.valid);
    await expect(page.getByText(edit.message)).toHaveCount(0);

    const before = parse(sandbox.git('show', `main:${file}`)) as unknown;
    const after = parse(sandbox.git('show', `${branch}:${file}`)) as unknown;
    expect(without(after, edit.path), `${file}: every other field as it was`).toEqual(without(before, edit.path));
    expect(sandbox.git('diff', '--name-only', 'main', branch).trim(), 'one file changed').toBe(file);
    // Content is kept in the editor's YAML style (npm run format:content): the text changes in
    // one place, the edited field's line and the lines it folds onto.
    const diff = sandbox.git('diff', '-U0', 'main', branch, '--', file);
    // Decap drops a file's comments when it saves (it reads YAML as data), so the content check
    // refuses comments in the files it writes (src/lib/content/checks/yaml-comments.ts): the
    // reasons live in fields (editorialNote), which it keeps.
    expect(sandbox.git('show', `main:${file}`).split('\n').filter((line) => /^\s*#/.test(line)), `${file}: no comments to lose`).toEqual([]);
    const hunks = diff.split(/\n(?=@@)/).slice(1).map((hunk) => hunk.split('\n')[0]!);
    const changed = diff.split('\n').filter((line) => /^[-+]/.test(line) && !/^(?:---|\+\+\+) /.test(line));
    expect(hunks, `${file}: one place changed\n${diff}`).toHaveLength(1);
    // …and the lines it changes hold the old value and the new one: the edited field's only.
    const key = String(edit.path.at(-1));
    const textOf = (line: string) => line.slice(1).trim().replace(/^(?:- )?/, '').replace(new RegExp(`^${key}: `), '');
    const oldValue = String(at(before, edit.path));
    expect(changed.filter((line) => line.startsWith('-') && !oldValue.includes(textOf(line))), diff).toEqual([]);
    expect(changed.filter((line) => line.startsWith('+') && !edit.valid.includes(textOf(line))), diff).toEqual([]);
    test.info().annotations.push({ type: `diff ${file}`, description: changed.join('\n') });
  }

  // Every saved edit together passes the content check, as CI would run it on the pull requests.
  // In a worktree of its own: decap-server may still be using the repository's own index (its
  // git backend returns to main after a save), and two git processes on one index fail.
  const allEdits = join(sandbox.repo, '..', 'all-edits');
  sandbox.git('worktree', 'add', '-q', '-b', 'all-edits', allEdits, 'main');
  for (const branch of branches()) execFileSync('git', ['-C', allEdits, 'merge', '-q', '--no-edit', branch], { encoding: 'utf8' });
  const check = execFileSync(process.execPath, [join(root, 'scripts/check-content.ts'), join(allEdits, 'content')], { encoding: 'utf8', env: { ...process.env, BUILD_DATE: buildDay } });
  expect(check).toContain('Innehållet är giltigt');

  expect(violations, 'the /admin/ policy allows what the editor does').toEqual([]);
  expect(offsite, 'requests to other hosts').toEqual([]);
  await context.close();
});

// Issue 18: staff who have called a unit confirm its facts in four taps: open the entry, tap
// "Jag har kontrollerat uppgifterna i dag", paste the source (the cursor is already in the first
// source line, its text selected), tap Spara. On a clock set to the build day, so the test passes
// on any day it runs.
test('confirming a fact: four taps, and the file changes in verified, reviewed and the source only', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, offsite } = await editorContext(browser, { locale: 'sv-SE' });
  const page = await context.newPage();
  await page.clock.setFixedTime(stockholmInstant(buildDay, '12:00'));
  const file = 'content/services/karlshamn-socialtjanst-vuxen.yaml';
  const before = parse(sandbox.git('show', `main:${file}`)) as Record<string, unknown>;
  expect(before).toMatchObject({ verified: false });
  expect(before['reviewed']).not.toBe(buildDay);
  const newSource = `Samtal med enheten ${buildDay}`;

  // Tap 1: the entry (here by its address; in the editor, its name in the list).
  await openEntry(page, { collection: 'services', entry: 'karlshamn-socialtjanst-vuxen', label: 'Namn', path: ['name'], invalid: '', message: '', valid: '' });
  // Tap 2: confirm.
  await page.getByRole('button', { name: 'Jag har kontrollerat uppgifterna i dag' }).click();
  await expect(page.getByText(/^Bekräftad och granskad/)).toHaveText('Bekräftad och granskad i dag. Klistra in källan i Källa och tryck Spara.');
  await expect(page.getByRole('checkbox', { name: 'Uppgifterna är bekräftade (verified)' })).toBeChecked();
  // Tap 3: paste, into the source line the control has put the cursor in.
  await expect.poll(() => page.evaluate(() => document.activeElement instanceof HTMLInputElement && document.activeElement.selectionEnd === document.activeElement.value.length && document.activeElement.selectionStart === 0)).toBe(true);
  await page.keyboard.insertText(newSource);
  // Tap 4: save.
  await page.getByRole('button', { name: 'Spara', exact: true }).click();

  const branch = 'cms/services/karlshamn-socialtjanst-vuxen';
  const saved = () => (branches().includes(branch) ? (parse(sandbox.git('show', `${branch}:${file}`)) as Record<string, unknown>) : undefined);
  await expect.poll(() => saved()?.['verified'], { timeout: 15_000 }).toBe(true);
  const after = saved()!;
  expect(after['reviewed']).toBe(buildDay);
  const sources = before['source'] as string[];
  expect(after['source']).toEqual([newSource, ...sources.slice(1)]);
  expect({ ...after, verified: false, reviewed: before['reviewed'], source: sources }, 'nothing else changed').toEqual(before);
  // The lines that changed: verified's, reviewed's and the first source's (with the lines it folded onto).
  const diff = sandbox.git('diff', '-U0', 'main', branch, '--', file);
  const added = diff.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++'));
  expect(added, diff).toEqual(['+verified: true', `+reviewed: ${buildDay}`, `+  - ${newSource}`]);
  expect(offsite, 'requests to other hosts').toEqual([]);
  await context.close();
});
