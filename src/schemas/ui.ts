import { z } from './z.ts';

/** One interface string; `where` tells the translator where it is shown. */
const text = (where: string) =>
  z
    .string()
    .min(1, { error: 'Texten får inte vara tom.' })
    .meta({ title: where, description: `Visas: ${where}.` });

/**
 * Interface strings, one file per language (content/ui/sv.yaml, content/ui/en.yaml). Every key is
 * required, so a string missing in either language fails the build and the CMS form.
 */
export const UiSchema = z.strictObject({
  skipLink: text('Länk "Hoppa till innehållet" för tangentbordsanvändare'),
  crisisStripLabel: text('Skärmläsarnamn på krisraden överst'),
  crisisMoreLink: text('Länk till alla stödlinjer i krisraden'),
  mainNavLabel: text('Skärmläsarnamn på huvudmenyn'),
  navHome: text('Huvudmenyn: startsidan'),
  navHelplines: text('Huvudmenyn: stödlinjer'),
  languageSwitch: text('Språkväxlaren: länktext till andra språket'),
  languageSwitchHint: text('Språkväxlaren: förklaring när sidan saknas på andra språket'),
  footerLabel: text('Skärmläsarnamn på sidfoten'),
  footerAccessibility: text('Sidfoten: länk till tillgänglighetsredogörelsen'),
  footerPrivacy: text('Sidfoten: länk till integritetssidan'),
  footerContact: text('Sidfoten: rubrik för kontaktuppgifter'),
  updated: text('Sidor: "Senast uppdaterad"'),
  notFoundTitle: text('404-sidan: rubrik'),
  notFoundText: text('404-sidan: förklaring'),
  notFoundHome: text('404-sidan: länk till startsidan'),
  notFoundHelplines: text('404-sidan: länk till stödlinjer'),
  helplinesTitle: text('Stödlinjesidan: rubrik'),
  helplinesIntro: text('Stödlinjesidan: inledning'),
  emergencyCall: text('Knapp "Ring" före ett nummer'),
  homeOffersTitle: text('Startsidan: rubrik för vad vi erbjuder'),
});

export type UiStrings = z.output<typeof UiSchema>;
export type UiKey = keyof UiStrings;
