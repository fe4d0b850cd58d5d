import { describe, expect, it } from 'vitest';
import { parsePhone, telHref } from '../../src/lib/phone.ts';

describe('parsePhone', () => {
  it.each([
    ['0455-73 10 00', '0455-73 10 00', '+46455731000'],
    ['020-91 91 91', '020-91 91 91', '+4620919191'],
    ['0200-239 500', '0200-239 500', '+46200239500'],
    ['08-52449910', '08-52449910', '+46852449910'],
    ['  010-456  67 00 ', '010-456 67 00', '+46104566700'],
  ])('reads %s as an ordinary Swedish number', (raw, display, tel) => {
    expect(parsePhone(raw)).toEqual({ display, tel });
  });

  it.each([
    ['112', '112'],
    ['1177', '1177'],
    ['90101', '90101'],
    ['116 111', '116111'],
    ['113 13', '11313'],
  ])('reads the short number %s', (raw, tel) => {
    expect(parsePhone(raw)).toEqual({ display: raw, tel });
  });

  it.each(['0455-73 1', '12', '1234567', 'ring oss', '+44 20 7946 0958', '0455-73 10 00 ank 12', ''])('rejects %j', (raw) => {
    expect(parsePhone(raw)).toBeUndefined();
  });

  it('builds a tel: link', () => {
    expect(telHref(parsePhone('0455-73 10 00')!)).toBe('tel:+46455731000');
    expect(telHref(parsePhone('112')!)).toBe('tel:112');
  });
});
