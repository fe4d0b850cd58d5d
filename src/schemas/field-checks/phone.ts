// What is wrong with a phone number as an editor wrote it, in words that say how to write it.
// parsePhone (src/lib/phone.ts) decides what a number dials; this decides whether a reader can
// trust how it is written: with its area code, grouped where the area code ends.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { examplePhone, parsePhone } from '../../lib/phone.ts';
import { quoteValue } from '../../lib/quote.ts';

// Swedish short numbers are in the 11x series (112, 113 13, 114 14, 116 111, 1177, 118 118) and
// 90x xx (90101); any other number without a leading 0 is a subscriber number without its area code.
const shortNumber = /^(?:11\d{1,4}|90\d{3})$/;
const withoutAreaCode = /^[1-9][0-9 \-–]*$/;

export function phoneProblem(raw: string): string | undefined {
  const written = raw.trim().replace(/\s+/g, ' ');
  const digits = written.replace(/[ \-–]/g, '');
  if (withoutAreaCode.test(written) && !shortNumber.test(digits)) {
    if (digits.length >= 5 && digits.length <= 8) return `${quoteValue(raw)} saknar riktnummer. Skriv riktnumret först, med nollan, t.ex. 0XX-${written}.`;
    return `${quoteValue(raw)} är inget giltigt svenskt telefonnummer. Skriv t.ex. ${examplePhone}.`;
  }
  if (!parsePhone(raw)) return `${quoteValue(raw)} är inget giltigt svenskt telefonnummer. Skriv t.ex. ${examplePhone}.`;
  if (!written.startsWith('0')) return undefined;
  const standard = parsePhoneNumberFromString(written.replace('–', '-'), 'SE')?.formatNational();
  if (!standard) return undefined;
  const areaCode = standard.split('-')[0] ?? '';
  const [firstGroup = '', ...groups] = written.split(/[ \-–]/);
  if (firstGroup !== digits && firstGroup !== areaCode && !serviceOrMobileAreaCode(areaCode, firstGroup)) {
    return `${quoteValue(raw)} har mellanslag eller bindestreck på fel ställe: riktnumret är ${areaCode}. Skriv numret som ${standard}.`;
  }
  // Swedish numbers are read in pairs and triples; a digit on its own is a slip of the space bar.
  if (groups.some((group) => group.length === 1)) return `${quoteValue(raw)} har mellanslag på fel ställe. Skriv numret som ${standard}.`;
  return undefined;
}

/**
 * Mobile and service numbers are written with one digit more before the dash than their prefix
 * (0708-12 34 56, 0771-11 77 00, 0200-239 500), and readers know them so; a geographic area code
 * written one digit too long (0311-…) would look like another town's.
 */
function serviceOrMobileAreaCode(areaCode: string, firstGroup: string): boolean {
  return /^0(?:7|20)/.test(areaCode) && firstGroup.length === areaCode.length + 1 && firstGroup.startsWith(areaCode);
}
