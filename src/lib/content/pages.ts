import { getEntry } from 'astro:content';

/** A page from content/pages/ that a route needs; a missing file fails the build with its name. */
export async function requirePage(id: string) {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`content/pages/${id}.mdx saknas. Skapa filen: den här sidan hämtar sin text därifrån.`);
  return page;
}
