import { dialString, isDialable, isSwedishDisplay } from '../rules/phone.ts';
import { localized } from './localized.ts';
import { z } from './z.ts';

const labelMeta = {
  title: 'Förklaring',
  description: 'Valfri kort text vid numret, t.ex. "Be att få tala med jourhavande präst" eller "Alternativt nummer".',
};

/**
 * One number a line can be reached on, with both forms and an optional short explanation. The rules
 * for both forms, and for their being the same number, are in src/rules/phone.ts.
 */
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
