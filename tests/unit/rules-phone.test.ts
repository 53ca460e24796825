import { describe, expect, it } from 'vitest';
import { dialString, internationalPattern, isDialable, isSwedishDisplay, shortNumberPattern, telHref } from '../../src/rules/phone.ts';
import { PhoneNumberSchema } from '../../src/schemas/phone-number.ts';

describe('telHref keeps its behaviour', () => {
  const cases = [
    { reason: 'Stockholm number with area code', display: '08-702 16 80', expected: 'tel:+4687021680' },
    { reason: 'EU short number with a space', display: '116 111', expected: 'tel:116111' },
    { reason: 'emergency number', display: '112', expected: 'tel:112' },
    { reason: '1177 stays a short number', display: '1177', expected: 'tel:1177' },
    { reason: 'short number written in two groups', display: '90 390', expected: 'tel:90390' },
    { reason: '020 free number', display: '020-50 50 50', expected: 'tel:+4620505050' },
    { reason: '0200 free number', display: '0200-239 500', expected: 'tel:+46200239500' },
    { reason: 'already international, spaces removed', display: '+46 8 123 45 67', expected: 'tel:+4681234567' },
    { reason: 'the settings phone number', display: '010-123 45 00', expected: 'tel:+46101234500' },
  ];
  it.each(cases)('$reason', ({ display, expected }) => expect(telHref(display)).toBe(expected));
});

describe('isDialable: what a tel: link may hold', () => {
  const cases = [
    { reason: '112', tel: '112', ok: true },
    { reason: '1177', tel: '1177', ok: true },
    { reason: 'Självmordslinjen', tel: '90101', ok: true },
    { reason: 'Bris (116 xxx)', tel: '116111', ok: true },
    { reason: 'Hjälplinjen', tel: '90390', ok: true },
    { reason: 'police non-emergency 114 14', tel: '11414', ok: true },
    { reason: 'an ordinary number in +46 form', tel: '+4687021680', ok: true },
    { reason: 'a 0200 number in +46 form', tel: '+46200239500', ok: true },
    { reason: 'an ordinary number with its leading 0 (must be +46)', tel: '087021680', ok: false },
    { reason: '+46 followed by the 0 as well', tel: '+46087021680', ok: false },
    { reason: 'spaces are for people, not for the phone', tel: '116 111', ok: false },
    { reason: 'a random short number is not a Swedish short number', tel: '1234', ok: false },
    { reason: 'a foreign number', tel: '+4420123456', ok: false },
    { reason: 'empty', tel: '', ok: false },
  ];
  it.each(cases)('$reason', ({ tel, ok }) => expect(isDialable(tel)).toBe(ok));
});

describe('isSwedishDisplay: how numbers are shown', () => {
  const cases = [
    { reason: 'short number', display: '90101', ok: true },
    { reason: 'short number in groups', display: '116 111', ok: true },
    { reason: 'area code, hyphen, groups', display: '020-50 50 50', ok: true },
    { reason: 'four-digit area code', display: '0200-239 500', ok: true },
    { reason: 'Stockholm', display: '08-524 499 10', ok: true },
    { reason: 'international form is for tel:, not for reading', display: '+4687021680', ok: false },
    { reason: 'missing the area-code hyphen', display: '08 702 16 80', ok: false },
    { reason: 'letters', display: '020-MIND', ok: false },
  ];
  it.each(cases)('$reason', ({ display, ok }) => expect(isSwedishDisplay(display)).toBe(ok));
});

describe('dialString: what the phone dials for a number shown to people', () => {
  const cases = [
    { reason: 'short number kept as it is', display: '112', expected: '112' },
    { reason: 'groups of a short number joined', display: '116 111', expected: '116111' },
    { reason: 'leading 0 becomes +46, hyphen and spaces go', display: '020-50 50 50', expected: '+4620505050' },
    { reason: 'an international number keeps its +', display: '+46 8 123 45 67', expected: '+4681234567' },
  ];
  it.each(cases)('$reason', ({ display, expected }) => expect(dialString(display)).toBe(expected));
});

describe('shortNumberPattern and internationalPattern: the two dialable forms', () => {
  it.each(['112', '1177', '11414', '116111', '90101', '71000'])('%s is a short number', (tel) => {
    expect(tel).toMatch(shortNumberPattern);
    expect(tel).not.toMatch(internationalPattern);
  });
  it.each(['+4687021680', '+4620505050', '+46200239500'])('%s is an ordinary number in international form', (tel) => {
    expect(tel).toMatch(internationalPattern);
    expect(tel).not.toMatch(shortNumberPattern);
  });
  it.each(['1234', '116 111', '087021680', '+46087021680', '+4420123456'])('%s is neither', (tel) => {
    expect(tel).not.toMatch(shortNumberPattern);
    expect(tel).not.toMatch(internationalPattern);
  });
});

// The schema holds the check across the two fields: the number shown, dialled, is the number in `tel`.
describe('PhoneNumberSchema: display and tel must be the same number', () => {
  const cases = [
    { reason: 'short numbers agree', display: '116 111', tel: '116111', ok: true },
    { reason: 'ordinary numbers agree', display: '020-85 20 00', tel: '+4620852000', ok: true },
    { reason: 'one digit differs', display: '020-85 20 00', tel: '+4620852001', ok: false },
    { reason: 'shown as 90 390 but dialling 90101', display: '90 390', tel: '90101', ok: false },
    { reason: 'the old number shown, the new one dialled', display: '08-34 58 73', tel: '+4620181800', ok: false },
  ];
  it.each(cases)('$reason', ({ display, tel, ok }) => {
    expect(dialString(display) === tel).toBe(ok);
    const result = PhoneNumberSchema.safeParse({ display, tel });
    expect(result.success).toBe(ok);
    if (!result.success) {
      expect(result.error.issues[0]?.path).toEqual(['tel']);
      expect(result.error.issues[0]?.message).toContain(`ska ringas som ${dialString(display)}`);
    }
  });
});
