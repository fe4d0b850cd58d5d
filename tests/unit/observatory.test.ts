import { describe, expect, it } from 'vitest';
import { observatoryScore } from '../helpers/observatory.ts';

describe('the Observatory scoring table, as the header test applies it', () => {
  it('gives D (30) to a response with no security headers', () => {
    expect(observatoryScore({})).toMatchObject({ score: 30, grade: 'D' });
  });
  it('penalises unsafe-inline scripts and a missing HSTS, with no bonus below 90', () => {
    const result = observatoryScore({
      'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'",
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    });
    expect(result.score).toBe(60);
  });
  it('gives A+ to a strict set', () => {
    const result = observatoryScore({
      'content-security-policy': "default-src 'none'; script-src 'self'; frame-ancestors 'none'",
      'strict-transport-security': 'max-age=63072000',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    expect(result).toMatchObject({ score: 120, grade: 'A+' });
  });
});
