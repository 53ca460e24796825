import { localized } from './localized.ts';
import { httpsUrl } from './url.ts';
import { z } from './z.ts';

/**
 * The organisation's newsletter, in the settings: the site stores nothing itself. The sign-up
 * page belongs to a service the organisation chooses; the site shows a plain link to it and one
 * sentence on what signing up means for privacy. No form, script or pixel of the service is
 * embedded. Without this setting, nothing about a newsletter is shown.
 */
export const NewsletterSchema = z
  .strictObject({
    url: httpsUrl().meta({
      title: 'Adress till anmälan',
      description: 'Sidan där man anmäler sig till nyhetsbrevet, hos den tjänst ni använder (https://…).',
      examples: ['https://nyhetsbrev.exempel.se/anmalan'],
    }),
    privacy: localized(
      z
        .string()
        .min(20, { error: 'Skriv en hel mening, minst 20 tecken.' })
        .max(300, { error: 'Skriv högst 300 tecken: en eller två meningar.' }),
      {
        title: 'Om integritet',
        description:
          'En mening om vad anmälan innebär, t.ex. vilken tjänst som sparar e-postadressen och hur man avslutar prenumerationen.',
      },
    ),
  })
  .meta({
    title: 'Nyhetsbrev',
    description: 'Fyll i om organisationen har ett nyhetsbrev. Då visas en länk till anmälan på sidan Aktuellt. Lämna tomt annars.',
  });

export type NewsletterData = z.output<typeof NewsletterSchema>;
