import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export interface Phone {
  /** As the editor wrote it, with whitespace tidied: Swedish readers know their own formats. */
  display: string;
  /** The `tel:` target: E.164 for ordinary numbers, the bare digits for short numbers like 112. */
  tel: string;
}

// Swedish short numbers (112, 1177, 90101, 116 111, 113 13) are not in libphonenumber's
// ordinary numbering plan, so they are recognised by shape: no leading zero, 3–6 digits.
const shortNumber = /^[1-9][0-9 ]{1,6}[0-9]$/;

export function parsePhone(raw: string): Phone | undefined {
  const display = raw.trim().replace(/\s+/g, ' ');
  if (shortNumber.test(display)) {
    const digits = display.replace(/ /g, '');
    if (digits.length >= 3 && digits.length <= 6) return { display, tel: digits };
    return undefined;
  }
  if (!/^[0+][0-9 \-–()]+$/.test(display)) return undefined;
  const parsed = parsePhoneNumberFromString(display.replace('–', '-'), 'SE');
  if (!parsed || !parsed.isValid() || parsed.country !== 'SE') return undefined;
  return { display, tel: parsed.number };
}

/**
 * The number the content check's messages show as an example: from 070-174 06 05 … 070-174 06 99,
 * the range PTS set aside in 2020 for films and books (as PTS told Dagens Nyheter): it reaches no
 * one and belongs to no region.
 */
export const examplePhone = '070-174 06 05';

export const telHref = (phone: Phone) => `tel:${phone.tel}`;
