import { getCollection } from 'astro:content';
import type { Phone } from '../phone.ts';

let confirmed: Promise<Set<string>> | undefined;

/**
 * The `tel:` targets that a verified file gives. Such a number needs no caveat on any page, even
 * where an unverified file repeats it (1177 as a way to book); every other number carries one.
 */
export function confirmedNumbers(): Promise<Set<string>> {
  confirmed ??= (async () => {
    const numbers = new Set<string>();
    const add = (verified: boolean, phones: (Phone | undefined)[]) => {
      if (verified) for (const phone of phones) if (phone) numbers.add(phone.tel);
    };
    for (const { data } of await getCollection('helplines')) add(data.verified, [data.phone, ...(data.morePhones ?? []).map((p) => p.phone)]);
    for (const { data } of [...(await getCollection('services')), ...(await getCollection('programmes'))]) {
      add(data.verified, [data.contact?.phone, ...(data.contact?.morePhones ?? []).map((p) => p.phone)]);
    }
    return numbers;
  })();
  return confirmed;
}
