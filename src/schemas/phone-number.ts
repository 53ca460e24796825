import { localized } from './localized.ts';
import { z } from './z.ts';

/**
 * Swedish phone numbers as a helpline lists them: the form people read (`display`) and the form the
 * phone dials (`tel`). Short numbers (112, 1177, 90101, 116 111, 90 390) have no international form
 * and are dialled as they are; ordinary numbers are dialled as +46… and shown the Swedish way
 * (020-50 50 50). The rules live here, at the bottom layer, so the schema and src/lib/phone.ts share them.
 */

/** Short numbers: 112, 1177, 11x xx (113 13, 114 14), 116 xxx (EU helplines), 5-digit 7xxxx/9xxxx numbers. */
export const shortNumberPattern = /^(?:112|1177|11\d{3}|116\d{3}|[79]\d{4})$/;

/** An ordinary Swedish number in international form: +46, then the number without its leading 0. */
export const internationalPattern = /^\+46[1-9]\d{6,8}$/;

/** A short number as shown: digits in groups of up to three, e.g. "116 111" or "90 390". */
const shortDisplayPattern = /^\d{2,3}(?: ?\d{2,3}){0,2}$/;

/** An ordinary number shown the Swedish way: area code, hyphen, groups: "08-702 16 80", "0200-239 500". */
const nationalDisplayPattern = /^0\d{1,3}-\d{2,3}(?: ?\d{2,3}){1,3}$/;

/** True when `tel` is dialable: a Swedish short number or +46 followed by the national number. */
export function isDialable(tel: string): boolean {
  return shortNumberPattern.test(tel) || internationalPattern.test(tel);
}

/** True when `display` is written the Swedish way (short number or area code with hyphen). */
export function isSwedishDisplay(display: string): boolean {
  return shortDisplayPattern.test(display) || nationalDisplayPattern.test(display);
}

/**
 * What a phone dials for a number written for people: spaces and hyphens go, a leading 0 becomes
 * +46, a number already in +… form is kept. `dialString('020-50 50 50')` → `+4620505050`,
 * `dialString('116 111')` → `116111`.
 */
export function dialString(display: string): string {
  const digits = display.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('0')) return `+46${digits.slice(1)}`;
  return digits;
}

const labelMeta = {
  title: 'Förklaring',
  description: 'Valfri kort text vid numret, t.ex. "Be att få tala med jourhavande präst" eller "Alternativt nummer".',
};

/** One number a line can be reached on, with both forms and an optional short explanation. */
export const PhoneNumberSchema = z
  .strictObject({
    display: z
      .string()
      .refine(isSwedishDisplay, {
        error: 'Skriv numret på svenskt sätt: kortnummer som 112, 1177 eller 116 111, eller riktnummer och bindestreck: 020-50 50 50.',
      })
      .meta({
        title: 'Nummer som det visas',
        description: 'Så som numret skrivs för läsaren: 90101, 116 111, 020-50 50 50, 08-702 16 80.',
        examples: ['020-50 50 50'],
      }),
    tel: z
      .string()
      .refine(isDialable, {
        error:
          'Skriv numret som telefonen ringer, utan mellanslag: ett kortnummer (112, 1177, 90101, 116111) eller +46 och numret utan första nollan (+4620505050).',
      })
      .meta({
        title: 'Nummer att ringa',
        description:
          'Numret i ringlänken, utan mellanslag. Kortnummer skrivs som de är (116111). Vanliga nummer med +46 i stället för första nollan: 020-50 50 50 blir +4620505050.',
        examples: ['+4620505050'],
      }),
    label: localized(z.string().min(2).max(120), labelMeta)
      .optional()
      .meta({ ...labelMeta, i18n: 'none' }),
  })
  .superRefine((phone, ctx) => {
    if (!isSwedishDisplay(phone.display) || !isDialable(phone.tel)) return;
    if (dialString(phone.display) !== phone.tel) {
      ctx.addIssue({
        code: 'custom',
        path: ['tel'],
        message: `"Nummer att ringa" stämmer inte med "Nummer som det visas": ${phone.display} ska ringas som ${dialString(phone.display)}.`,
      });
    }
  })
  .meta({ title: 'Telefonnummer', description: 'Ett nummer linjen nås på.' });

export type PhoneNumber = z.output<typeof PhoneNumberSchema>;
