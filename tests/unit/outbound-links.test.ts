import { describe, expect, it } from 'vitest';
import {
  describeLinkedFrom,
  failureKind,
  formatReport,
  groupResults,
  indexLinks,
  interleaveByHost,
  linksInHtml,
  linksInText,
  looksOffline,
  type LinkResult,
} from '../../scripts/lib/outbound-links.ts';

describe('links in built HTML', () => {
  it('takes absolute http(s) addresses from href and src, decoded, without the fragment, once each', () => {
    const html = `<a href="https://www.1177.se/Blekinge/#akut">1177</a><a href="/kunskap/">inne</a>
      <a href="mailto:a@b.se">e-post</a><a href="tel:112">112</a><a class=x href=https://example.org/a?b=1&amp;c=2>x</a>
      <img src='http://bilder.example.org/a.png' alt=""><a href="https://www.1177.se/Blekinge/">igen</a>`;
    expect(linksInHtml(html)).toEqual(['https://www.1177.se/Blekinge/', 'https://example.org/a?b=1&c=2', 'http://bilder.example.org/a.png']);
  });
});

describe('links in content files', () => {
  it('finds addresses in YAML fields, inside a named document and in MDX links, without the sentence\'s punctuation', () => {
    const yaml = `web: https://www.ronneby.se/\nsource:\n  - https://regionblekinge.se/a.html\n  - "Patientguide 2015 (http://spotidoc.com/doc/4075473/patientguide)"\n`;
    const mdx = `Läs mer på [1177](https://www.1177.se/liv--halsa/). Se även https://www.fhi.se/rapport, eller https://anhoriga.se/.\n`;
    expect(linksInText(yaml)).toEqual(['https://www.ronneby.se/', 'https://regionblekinge.se/a.html', 'http://spotidoc.com/doc/4075473/patientguide']);
    expect(linksInText(mdx)).toEqual(['https://www.1177.se/liv--halsa/', 'https://www.fhi.se/rapport', 'https://anhoriga.se/']);
  });
});

describe('the index of outbound links', () => {
  it('lists each address once with the files first, then the pages, and leaves out the site\'s own host', () => {
    const index = indexLinks(
      [
        { where: '/mottagningar/bup-blekinge/', links: ['https://regionblekinge.se/a', 'http://localhost:4321/'] },
        { where: '/hitta-hjalp/karlskrona/', links: ['https://regionblekinge.se/a'] },
        { where: 'content/services/bup-blekinge.yaml', links: ['https://regionblekinge.se/a'] },
      ],
      new Set(['localhost']),
    );
    expect([...index]).toEqual([['https://regionblekinge.se/a', ['content/services/bup-blekinge.yaml', '/hitta-hjalp/karlskrona/', '/mottagningar/bup-blekinge/']]]);
  });

  it('orders the requests one host at a time', () => {
    expect(interleaveByHost(['https://a.se/1', 'https://a.se/2', 'https://a.se/3', 'https://b.se/1', 'https://c.se/1'])).toEqual([
      'https://a.se/1', 'https://b.se/1', 'https://c.se/1', 'https://a.se/2', 'https://a.se/3',
    ]);
  });

  it('shortens a long list of pages', () => {
    expect(describeLinkedFrom(['content/a.yaml', '/1/', '/2/', '/3/', '/4/', '/5/'])).toBe('content/a.yaml, /1/, /2/, /3/ och 2 sidor till');
  });
});

describe('answers', () => {
  const failed = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: { code } });

  it('sorts failed requests by cause', () => {
    expect(failureKind(failed('ENOTFOUND'))).toBe('dns');
    expect(failureKind(failed('ECONNREFUSED'))).toBe('connection');
    expect(failureKind(Object.assign(new Error('timeout'), { name: 'TimeoutError' }))).toBe('timeout');
    expect(failureKind(failed('CERT_HAS_EXPIRED'))).toBe('tls');
  });

  it('the network is down only when none of the first requests reached a server', () => {
    const dns: LinkResult = { url: 'https://a.se/', failure: { kind: 'dns', detail: 'ENOTFOUND' } };
    const refused: LinkResult = { url: 'https://b.se/', failure: { kind: 'connection', detail: 'ECONNREFUSED' } };
    expect(looksOffline([dns, refused])).toBe(true);
    expect(looksOffline([dns, { url: 'https://c.se/', status: 404 }])).toBe(false);
    expect(looksOffline([dns, { url: 'https://d.se/', failure: { kind: 'timeout', detail: '10 s' } }])).toBe(false);
    expect(looksOffline([])).toBe(false);
  });

  it('groups broken links by status, lists permanent redirects with the new address and counts the rest', () => {
    const results: LinkResult[] = [
      { url: 'https://a.se/borta', status: 404 },
      { url: 'https://a.se/ok', status: 200 },
      { url: 'https://b.se/fel', status: 503 },
      { url: 'https://a.se/aven-borta', status: 404 },
      { url: 'https://finns-inte.se/', failure: { kind: 'dns', detail: 'ENOTFOUND' } },
      { url: 'http://c.se/', status: 200, movedTo: 'https://c.se/', movedStatus: 301 },
      { url: 'http://c.se/gammal', status: 404, movedTo: 'https://c.se/ny', movedStatus: 308 },
    ];
    const report = groupResults(results, new Map([['https://a.se/borta', ['content/services/x.yaml', '/mottagningar/x/']]]));
    expect(report.broken.map((g) => [g.label, g.links.map((l) => l.url)])).toEqual([
      ['404 Finns inte', ['http://c.se/gammal', 'https://a.se/aven-borta', 'https://a.se/borta']],
      ['503 Inte tillgänglig', ['https://b.se/fel']],
      ['Adressen finns inte (DNS)', ['https://finns-inte.se/']],
    ]);
    expect(report.moved).toEqual([{ url: 'http://c.se/', to: 'https://c.se/', status: 301, linkedFrom: [] }]);
    expect(report.ok).toBe(1);
    const text = formatReport(report);
    expect(text).toContain('TRASIGA LÄNKAR (5)');
    expect(text).toContain('  https://a.se/borta\n      finns i: content/services/x.yaml, /mottagningar/x/');
    expect(text).toContain('  http://c.se/gammal  [flyttad till https://c.se/ny]');
    expect(text).toContain('  301 http://c.se/\n      ny adress: https://c.se/');
    expect(text.endsWith('5 trasiga, 1 flyttade, 1 fungerar.')).toBe(true);
  });
});
