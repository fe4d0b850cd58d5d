import { getEntry } from 'astro:content';
import type { Programme } from '../../schemas/programme.ts';

/**
 * How to reach a programme. One that is a national line (`helpline`) and gives no contact of its
 * own is reached as the line's file says, so its number, note and caveat are the line's everywhere.
 */
export async function programmeContact(programme: Programme): Promise<Programme['contact']> {
  if (programme.contact || !programme.helpline) return programme.contact;
  const line = await getEntry('helplines', programme.helpline);
  if (!line) return undefined;
  const { phone, phoneNote, morePhones, web, chat } = line.data;
  return { phone, phoneNote, morePhones, web, chat };
}
