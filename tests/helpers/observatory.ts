// The MDN HTTP Observatory's scoring table (mdn/mdn-http-observatory, src/grader/charts.js),
// applied to one response's headers. The real scanner cannot run here (it downloads data when
// installed), so the tests score with the same published rules.
export interface Score {
  score: number;
  grade: string;
  lines: string[];
}

type Headers = Record<string, string | undefined>;

function parseCsp(value: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function cspModifier(value: string | undefined, lines: string[]): number {
  if (!value) return lines.push('csp-not-implemented -25'), -25;
  const csp = parseCsp(value);
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
  const objectSrc = csp.get('object-src') ?? csp.get('default-src');
  const styleSrc = csp.get('style-src') ?? csp.get('default-src');
  const hasHashOrNonce = (sources: string[]) => sources.some((s) => /^'(sha(256|384|512)|nonce)-/.test(s));
  const unsafeInlineScript = scriptSrc?.includes("'unsafe-inline'") && !hasHashOrNonce(scriptSrc);
  const broad = (sources: string[] | undefined) => !sources || sources.some((s) => ['*', 'http:', 'https:', 'data:'].includes(s));
  if (unsafeInlineScript || broad(scriptSrc) || broad(objectSrc)) {
    return lines.push('csp-implemented-with-unsafe-inline (or unrestricted script/object) -20'), -20;
  }
  if (scriptSrc?.includes("'unsafe-eval'")) return lines.push('csp-implemented-with-unsafe-eval -10'), -10;
  const styleUnsafe = styleSrc?.some((s) => ["'unsafe-inline'", 'data:', 'https:', 'http:', '*'].includes(s));
  if (styleUnsafe) return lines.push('csp-implemented-with-unsafe-inline-in-style-src-only 0'), 0;
  if (csp.get('default-src')?.join(' ') === "'none'") return lines.push("csp-implemented-with-no-unsafe-default-src-none +10"), 10;
  return lines.push('csp-implemented-with-no-unsafe +5'), 5;
}

export function observatoryScore(headers: Headers): Score {
  const h = (name: string) => headers[name.toLowerCase()];
  const lines: string[] = [];
  const penalties: number[] = [];
  const bonuses: number[] = [];
  const add = (value: number) => (value < 0 ? penalties : bonuses).push(value);

  add(cspModifier(h('content-security-policy'), lines));

  const hsts = h('strict-transport-security');
  const maxAge = Number(/max-age=(\d+)/i.exec(hsts ?? '')?.[1] ?? NaN);
  if (!hsts) add(-20), lines.push('hsts-not-implemented -20');
  else if (!(maxAge >= 15768000)) add(-10), lines.push('hsts-implemented-max-age-less-than-six-months -10');
  else lines.push('hsts-implemented-max-age-at-least-six-months 0');

  const referrer = h('referrer-policy')?.split(',').map((s) => s.trim().toLowerCase()).pop();
  if (referrer && ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(referrer)) add(5), lines.push('referrer-policy-private +5');
  else if (referrer && ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'].includes(referrer)) add(-5), lines.push('referrer-policy-unsafe -5');

  if (h('x-content-type-options')?.toLowerCase() !== 'nosniff') add(-5), lines.push('x-content-type-options-not-implemented -5');

  const frameAncestors = parseCsp(h('content-security-policy') ?? '').get('frame-ancestors');
  const xfo = h('x-frame-options')?.toUpperCase();
  if (frameAncestors) add(5), lines.push('x-frame-options-implemented-via-csp +5');
  else if (xfo === 'DENY' || xfo === 'SAMEORIGIN') add(5), lines.push('x-frame-options-sameorigin-or-deny +5');
  else add(-20), lines.push('x-frame-options-not-implemented -20');

  const corp = h('cross-origin-resource-policy');
  if (corp === 'same-origin' || corp === 'same-site') add(10), lines.push('corp-implemented-with-same-origin +10');
  const coep = h('cross-origin-embedder-policy');
  if (coep === 'require-corp' || coep === 'credentialless') add(10), lines.push('coep-implemented +10');
  const coop = h('cross-origin-opener-policy');
  if (coop && ['same-origin', 'same-origin-allow-popups', 'noopener-allow-popups'].includes(coop)) add(10), lines.push('coop-implemented +10');

  if (h('set-cookie')) lines.push('cookies present: not scored here'), add(-10);

  const afterPenalties = 100 + penalties.reduce((a, b) => a + b, 0);
  // Bonuses count only once the score without them is at least 90.
  const score = afterPenalties >= 90 ? afterPenalties + bonuses.reduce((a, b) => a + b, 0) : afterPenalties;
  return { score, grade: grade(score), lines };
}

function grade(score: number): string {
  const table: [number, string][] = [[100, 'A+'], [90, 'A'], [85, 'A-'], [80, 'B+'], [70, 'B'], [65, 'B-'], [60, 'C+'], [50, 'C'], [45, 'C-'], [40, 'D+'], [30, 'D'], [25, 'D-']];
  return table.find(([min]) => score >= min)?.[1] ?? 'F';
}
