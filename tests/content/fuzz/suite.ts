// Issue 14, point 4 (run by the fuzz-*.test.ts files): hundreds of single edits of the fixture as staff might make them. Each one
// the check either refuses, with Swedish one-line messages naming the edited file, or accepts,
// and then it was an edit that changes nothing (or only what it changed on purpose): never a
// stack trace, never "undefined", never silently different data.
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentReport } from '../../../src/lib/content/validate.ts';
import { buildDataOf, dataOf, differences, fieldAndParents, messageProblems, Workspace, type Data, type Mutation, type Owner } from './harness.ts';
import { allMutations, fixtureFiles } from './mutations.ts';

/**
 * Whose checks are not on this branch yet. Their mutations run and are counted in the summary,
 * but fail the test only once the owner is taken out of this list (after their work is merged).
 */
const pendingOwners = new Set<Owner>([]);

interface Outcome {
  mutation: Mutation;
  accepted: boolean;
  problems: string[];
}


function judge(mutation: Mutation, report: ContentReport, original: Data, workspace: Workspace): string[] {
  const problems: string[] = [];
  const everyFile = [...fixtureFiles(), ...mutation.files];
  for (const warning of (report as { warnings?: string[] }).warnings ?? []) {
    problems.push(...messageProblems(warning, everyFile).map((p) => `warning ${p}: ${warning.slice(0, 300)}`));
  }
  if (report.errors.length > 0) {
    if (mutation.expect === 'accept') problems.push(`a harmless edit was refused: ${report.errors.join(' | ').slice(0, 600)}`);
    for (const error of report.errors) problems.push(...messageProblems(error, mutation.files).map((p) => `message ${p}: ${error.slice(0, 300)}`));
    if (mutation.mentions && !report.errors.some((e) => mutation.mentions!.some((m) => e.includes(m)))) {
      problems.push(`no message mentions ${mutation.mentions[0]}: ${report.errors.join(' | ').slice(0, 600)}`);
    }
    if (mutation.present) {
      const missing = report.errors.find((e) => fieldAndParents(mutation.present!).some((field) => e.includes(`${field}: saknas`)));
      if (missing) problems.push(`calls a field that is there missing: ${missing.slice(0, 300)}`);
    }
    return problems;
  }
  if (mutation.expect === 'reject') return [...problems, 'accepted, but it must be refused'];
  const data = dataOf(report);
  const built = buildDataOf(workspace);
  if (typeof built === 'string') problems.push(`accepted, but ${built}`);
  else {
    const checked = Object.fromEntries(Object.entries(data).filter(([file]) => !/^content\/(site|ordlista)\.yaml$/.test(file)));
    const different = differences(checked, built);
    if (different.length > 0) problems.push(`the build would read other data than the check at ${different.map((p) => p.join('.')).join(', ').slice(0, 300)}`);
  }
  for (const file of mutation.added ?? []) delete data[`content/${file}`];
  const allowed = mutation.changed ? [`content/${mutation.changed.file}`, ...mutation.changed.path] : undefined;
  const changes = differences(original, data).filter((path) => !allowed || allowed.some((key, i) => path[i] !== key));
  if (changes.length > 0) problems.push(`accepted with different data at ${changes.map((p) => p.join('.')).join(', ').slice(0, 300)}`);
  if (mutation.warns) {
    const warnings = (report as { warnings?: string[] }).warnings ?? [];
    if (!warnings.some((w) => w.startsWith(`${mutation.warns}: `))) problems.push(`no warning names ${mutation.warns}`);
  }
  return problems;
}

function summary(outcomes: Outcome[], part: string, started: number): string {
  const classes = new Map<string, { rejected: number; accepted: number; pending: number }>();
  for (const { mutation, accepted, problems } of outcomes) {
    const row = classes.get(mutation.kind) ?? { rejected: 0, accepted: 0, pending: 0 };
    if (accepted) row.accepted += 1;
    else row.rejected += 1;
    if (problems.length > 0) row.pending += 1;
    classes.set(mutation.kind, row);
  }
  const width = Math.max(...[...classes.keys()].map((k) => k.length));
  const lines = [...classes].map(([kind, row]) => `  ${kind.padEnd(width)}  ${String(row.rejected).padStart(4)} refused  ${String(row.accepted).padStart(4)} accepted${row.pending ? `  (${row.pending} not yet as the issue asks)` : ''}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const pending = outcomes.filter((o) => o.problems.length > 0);
  return [
    `Fuzz, ${part}: ${outcomes.length} mutations of the fixture in ${seconds} s, ${outcomes.filter((o) => !o.accepted).length} refused, ${outcomes.filter((o) => o.accepted).length} accepted.`,
    ...lines,
    ...(pending.length > 0 ? ['  Not yet as the issue asks (owned by another branch):', ...pending.map((o) => `    [${o.mutation.owner}] ${o.mutation.kind}: ${o.mutation.name} — ${o.problems[0]!.slice(0, 220)}`)] : []),
  ].join('\n');
}

/**
 * Part `part` of `parts` of the mutations, one test file each, so that vitest runs them in
 * parallel; each part has its own copy of the fixture.
 */
export function fuzz(part: number, parts: number): void {
  const all = allMutations();
  const mutations = all.filter((_, i) => i % parts === part - 1);
  const outcomes: Outcome[] = [];
  const workspace = new Workspace();
  let original: Data;
  const started = performance.now();

  describe(`fuzz, part ${part} of ${parts}: every edit of the content is refused in Swedish or changes nothing by accident`, () => {
    beforeAll(() => {
      workspace.reset();
      const report = workspace.validate();
      expect(report.errors).toEqual([]);
      original = dataOf(report);
      const { 'content/site.yaml': _site, 'content/ordlista.yaml': _glossary, ...entries } = original;
      expect(buildDataOf(workspace)).toEqual(entries);
    });

    afterAll(() => {
      workspace.dispose();
      console.log(summary(outcomes, `part ${part} of ${parts} (of ${all.length} in all)`, started));
    });

    it('makes several hundred mutations in all', () => {
      expect(all.length).toBeGreaterThan(300);
    });

    for (const mutation of mutations) {
      it(`${mutation.kind}: ${mutation.name}`, () => {
        workspace.reset();
        mutation.apply(workspace);
        const report = workspace.validate();
        const problems = judge(mutation, report, original, workspace);
        outcomes.push({ mutation, accepted: report.errors.length === 0, problems });
        if (!pendingOwners.has(mutation.owner)) expect(problems).toEqual([]);
      });
    }
  });
}
