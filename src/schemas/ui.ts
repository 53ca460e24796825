import { z } from './z.ts';

/** One interface string; `where` tells the translator where it is shown. */
export const uiText = (where: string) =>
  z
    .string()
    .min(1, { error: 'Texten får inte vara tom.' })
    .meta({ title: where, description: `Visas: ${where}.` });

/**
 * The strings every type with a section page has (`/hjalplinjer/`): its name in the main menu and
 * on the home page's cards, the page's heading and introduction, and optionally a link text on the
 * 404 page. `label` is the type's name in the editor's words ("Stödlinjer").
 */
export const sectionTexts = (label: string) => ({
  nav: uiText(`Huvudmenyn och startsidans kort: ${label.toLowerCase()}`),
  title: uiText(`${label}: sidans rubrik`),
  intro: uiText(`${label}: inledning (visas också på startsidans kort)`),
  notFoundLink: uiText(`404-sidan: länk till ${label.toLowerCase()}`).optional(),
});

/** Interface strings shared by every page: the page shell, the 404 page, the home page. */
export const CommonUiSchema = z.strictObject({
  skipLink: uiText('Länk "Hoppa till innehållet" för tangentbordsanvändare'),
  crisisStripLabel: uiText('Skärmläsarnamn på krisraden överst'),
  crisisMoreLink: uiText('Länk till alla stödlinjer i krisraden'),
  mainNavLabel: uiText('Skärmläsarnamn på huvudmenyn'),
  menuButton: uiText('Knappen som öppnar huvudmenyn på mobilen'),
  navHome: uiText('Huvudmenyn: startsidan'),
  languageSwitch: uiText('Språkväxlaren: länktext till andra språket'),
  languageSwitchHint: uiText('Språkväxlaren: förklaring när sidan saknas på andra språket'),
  footerLabel: uiText('Skärmläsarnamn på sidfoten'),
  footerAccessibility: uiText('Sidfoten: länk till tillgänglighetsredogörelsen'),
  footerPrivacy: uiText('Sidfoten: länk till integritetssidan'),
  footerContact: uiText('Sidfoten: rubrik för kontaktuppgifter'),
  updated: uiText('Sidor: "Senast uppdaterad"'),
  notFoundTitle: uiText('404-sidan: rubrik'),
  notFoundText: uiText('404-sidan: förklaring'),
  notFoundHome: uiText('404-sidan: länk till startsidan'),
  emergencyCall: uiText('Knapp "Ring" före ett nummer'),
  homeOffersTitle: uiText('Startsidan: rubrik för vad vi erbjuder'),
  quickExitButton: uiText('Knappen "Lämna sidan snabbt"'),
  quickExitHint: uiText('Kort text om vad knappen gör och inte gör'),
  offlineTitle: uiText('Offlinesidan: rubrik, när en sida inte kan hämtas utan uppkoppling'),
  offlineText: uiText('Offlinesidan: förklaring före knapparna för 112 och 1177'),
  offlineHelplines: uiText('Offlinesidan: text före länken till de sparade stödlinjerna'),
  offlineSavedOn: uiText('Offlinesidan: när stödlinjerna sparades, {date} blir datumet'),
  offlineRetry: uiText('Offlinesidan: uppmaning att försöka igen'),
});

/**
 * Interface strings, one file per language (content/ui/sv.yaml, content/ui/en.yaml): the common
 * strings, then one group per content type that has strings of its own, under the type's name
 * (`helplines:`), defined beside the type's schema. Every key is required, so a string missing in
 * either language fails the build and the CMS form.
 */
export function uiSchemaFor<const T extends Record<string, { label: string; ui: z.ZodObject }>>(types: T) {
  const groups = Object.fromEntries(
    Object.entries(types).map(([name, type]) => [
      name,
      type.ui.meta({ title: type.label, description: `Texter på sidorna om ${type.label.toLowerCase()}.` }),
    ]),
  );
  return CommonUiSchema.extend(groups as { [K in keyof T]: T[K]['ui'] });
}
