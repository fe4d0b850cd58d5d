// URLs of the built pages, as the browser tests visit them through nginx.
import { builtPages } from './dist.ts';

/** Every page; the 404 page is visited at an address that does not exist. */
export const allPageUrls = builtPages().map((p) => (p.url === '/404.html' ? '/finns-inte/' : p.url));

const generatedStep = /^\/(hitta-hjalp\/(for-mig|for-nagon-annan|jag-ar-under-18)|for-anhoriga\/guide\/[a-z]+)\//;

/**
 * The pages axe checks: every page except the navigator's and the relatives' guide's generated
 * steps, and of those a sample that covers every question, every concern and every municipality. The steps share one
 * template and the cards they show are checked on the municipality and service pages; all steps
 * still get the HTML, link, weight, privacy and no-JavaScript checks.
 */
export const axePageUrls = (() => {
  const places = ['karlskrona', 'ronneby', 'karlshamn', 'olofstrom', 'solvesborg', 'utanfor-blekinge'];
  const concerns = ['alkohol', 'narkotika', 'lakemedel', 'spel', 'flera', 'vet-inte'];
  const sample = new Set<string>();
  for (const who of ['for-mig', 'for-nagon-annan', 'jag-ar-under-18']) {
    sample.add(`/hitta-hjalp/${who}/`);
    sample.add(`/hitta-hjalp/${who}/alkohol/`);
    concerns.forEach((concern, i) => {
      const place = places[i % places.length];
      for (const url of allPageUrls) if (url.startsWith(`/hitta-hjalp/${who}/${concern}/${place}/`)) sample.add(url);
    });
  }
  // The relatives' guide: every question for one relation of each kind, and one result per want.
  for (const url of allPageUrls) {
    if (/^\/for-anhoriga\/guide\/(foralder|barn)\/(vuxen\/|under-18\/)?(karlshamn\/([a-z-]+\/)?)?$/.test(url)) sample.add(url);
  }
  return allPageUrls.filter((url) => !generatedStep.test(url) || sample.has(url));
})();
