// The site's main sections. A section is linked from the menu and the start page once its
// route has been built, so no reader ever follows a link to a page that is not there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { UiKey } from '../../i18n/ui.ts';

export interface Section {
  key: string;
  path: string;
  label: UiKey;
}

export const sections: Section[] = [
  { key: 'hitta-hjalp', path: '/hitta-hjalp/', label: 'section.hitta-hjalp' },
  { key: 'testa-dina-vanor', path: '/testa-dina-vanor/', label: 'section.testa-dina-vanor' },
  { key: 'for-anhoriga', path: '/for-anhoriga/', label: 'section.for-anhoriga' },
  { key: 'kunskap', path: '/kunskap/', label: 'section.kunskap' },
  { key: 'sok', path: '/sok/', label: 'section.sok' },
  { key: 'akut', path: '/akut/', label: 'section.akut' },
];

export function routeExists(path: string, pagesDir = join(process.cwd(), 'src/pages')): boolean {
  const route = path.replace(/^\/|\/$/g, '');
  return ['index.astro', 'index.mdx'].some((file) => existsSync(join(pagesDir, route, file))) ||
    existsSync(join(pagesDir, `${route}.astro`));
}

export function builtSections(): Section[] {
  return sections.filter((section) => routeExists(section.path));
}
