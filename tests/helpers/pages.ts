// URLs of every built page, as the browser tests visit them through nginx.
import { builtPages } from './dist.ts';

/** Every page; the 404 page is visited at an address that does not exist. */
export const allPageUrls = builtPages().map((p) => (p.url === '/404.html' ? '/finns-inte/' : p.url));
