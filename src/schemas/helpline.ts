import { PartialDateSchema } from './calendar-date.ts';
import { localized } from './localized.ts';
import { OpeningHoursSchema } from './opening-hours.ts';
import { PhoneNumberSchema } from './phone-number.ts';
import { SlugSchema } from './page.ts';
import type { CrossProblem } from './index.ts';
import { sectionTexts, uiText } from './ui.ts';
import { httpsUrl } from './url.ts';
import { z } from './z.ts';

/**
 * A helpline, emergency number or local crisis service: one YAML file per line in
 * content/helplines/, named by its id (`sjalvmordslinjen.yaml`). Both languages live in the same
 * file (`{ sv, en }` texts). Safety-critical: every fact records its source and when it was last
 * checked, and what is uncertain is said on the page, never hidden.
 */

/** Who a line is for. The labels live in content/ui/*.yaml (helplineAudiences). */
export const audiences = [
  'everyone',
  'children-youth',
  'adults',
  'older',
  'relatives',
  'parents',
  'bereaved',
  'women-violence',
  'professionals',
] as const;
export type Audience = (typeof audiences)[number];

/** What a line helps with. The labels live in content/ui/*.yaml (helplineTopics). */
export const topics = [
  'emergency',
  'suicidal-thoughts',
  'crisis',
  'mental-health',
  'loneliness',
  'worry-for-someone',
  'violence',
  'grief',
  'life-questions',
  'health-advice',
] as const;
export type Topic = (typeof topics)[number];

/** What a note of uncertainty concerns; `hours` stops the page from claiming "open now". */
export const uncertaintyKinds = ['number', 'hours', 'channels', 'other'] as const;

/** An optional `{ sv, en? }` text; the label sits on the optional field itself, where forms and checks look. */
const optionalText = (inner: z.ZodType<string>, meta: { title: string; description: string }) =>
  localized(inner, meta)
    .optional()
    .meta({ ...meta, i18n: 'none' });

export const SourceSchema = z
  .strictObject({
    url: httpsUrl().meta({ title: 'Adress', description: 'Var uppgifterna står (https://…).', examples: ['https://mind.se/'] }),
    title: z
      .string()
      .min(2)
      .max(160)
      .meta({ title: 'Källa', description: 'Källans namn, t.ex. "mind.se: Frågor och svar om Självmordslinjen".' }),
    date: PartialDateSchema.optional().meta({
      title: 'Källans datum',
      description: 'När källan skrevs: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM / ÅÅÅÅ om källan bara anger det. Lämna tomt om källan saknar datum.',
      widget: 'string',
    }),
    approximate: z
      .boolean()
      .default(false)
      .meta({ title: 'Ungefärligt datum', description: 'Slå på om datumet är en uppskattning ("omkring 2017").' }),
  })
  .meta({ title: 'Källa', description: 'En källa för uppgifterna.' });

export const VerificationSchema = z
  .strictObject({
    sources: z
      .array(SourceSchema)
      .min(1, { error: 'Ange minst en källa för uppgifterna.' })
      .meta({ title: 'Källor', description: 'Var uppgifterna kommer ifrån. Helst organisationens egen sida.' }),
    lastChecked: PartialDateSchema.optional().meta({
      title: 'Senast kontrollerad',
      description:
        'Datum då uppgifterna senast stämdes av mot en källa (ÅÅÅÅ-MM-DD). Skriv källans datum, inte dagens, om du inte själv har kontrollerat mot organisationens sida i dag. Lämna tomt om inget datum är känt: då räknas linjen som inaktuell. Visas på sidan.',
      widget: 'string',
    }),
    checkedBy: z.string().min(2).max(160).meta({
      title: 'Kontrollerad av',
      description: 'Vem som senast kontrollerade uppgifterna (namn eller roll) och hur, t.ex. "Redaktionen, mot mind.se".',
    }),
    notes: z.string().min(5).max(800).optional().meta({
      title: 'Anteckningar för redaktionen',
      description:
        'Visas inte på sidan (men följer med i de öppna data). Vad källorna säger och varför uppgifterna ser ut som de gör, t.ex. "Källan säger varje natt: samma tider på helgdagar."',
      widget: 'text',
    }),
  })
  .meta({ title: 'Kontroll av uppgifterna', description: 'Källor och när uppgifterna senast kontrollerades.' });

export const UncertaintySchema = z
  .strictObject({
    about: z.enum(uncertaintyKinds, { error: 'Välj number, hours, channels eller other.' }).meta({
      title: 'Gäller',
      description: 'Vilken uppgift som är osäker. Gäller det öppettiderna visar sidan inte "öppet nu" för linjen.',
      optionLabels: { number: 'Numret', hours: 'Öppettiderna', channels: 'Chatt, sms eller webb', other: 'Annat' },
    }),
    text: localized(z.string().min(10).max(240), {
      title: 'Text på sidan',
      description: 'Vad läsaren ska veta och göra, t.ex. "Källorna anger olika öppettider. Kontrollera tiderna hos Mind."',
    }),
  })
  .meta({ title: 'Osäker uppgift', description: 'En uppgift som behöver kontrolleras. Visas tydligt på kortet.' });

export const HelplineSchema = z
  .strictObject({
    name: localized(z.string().min(2).max(80), { title: 'Namn', description: 'Linjens namn, t.ex. "Självmordslinjen".' }),
    organisation: z
      .string()
      .min(2)
      .max(120)
      .meta({ title: 'Organisation', description: 'Vem som driver linjen, t.ex. "Mind" eller "Region Exempel".' }),
    kind: z.enum(['emergency', 'healthcare', 'support'], { error: 'Välj emergency, healthcare eller support.' }).meta({
      title: 'Sort',
      description: 'Vilken sorts linje det är. På sidan Stödlinjer visas nödnummer först, sedan vården, sedan stödlinjerna.',
      optionLabels: {
        emergency: 'Nödnummer (som 112)',
        healthcare: 'Vård (som 1177 eller psykiatrisk akutmottagning)',
        support: 'Stödlinje',
      },
    }),
    summary: localized(z.string().min(10).max(240), {
      title: 'Kort beskrivning',
      description: 'En eller två meningar: vem linjen är till för och vad den erbjuder.',
    }),
    forWhom: optionalText(z.string().min(3).max(48), {
      title: 'För vem, i några ord',
      description:
        'Valfritt men rekommenderat: högst 48 tecken i listan överst på sidan Stödlinjer, t.ex. "Tankar på självmord, oro för någon" eller "Barn och unga under 18". Lämnas tomt visas målgrupperna.',
    }),
    phones: z.array(PhoneNumberSchema).default([]).meta({
      title: 'Telefonnummer',
      description: 'Numren linjen nås på, det viktigaste först. Rikstäckande linjer måste ha minst ett nummer.',
    }),
    sms: z.array(PhoneNumberSchema).default([]).meta({ title: 'Sms', description: 'Nummer att skicka sms till, om linjen tar emot sms.' }),
    chat: httpsUrl().optional().meta({ title: 'Chatt', description: 'Adress till chatten, om det finns en (https://…).' }),
    web: httpsUrl().optional().meta({ title: 'Webbplats', description: 'Linjens eller organisationens webbplats (https://…).' }),
    email: z
      .email({ error: 'Skriv en giltig e-postadress, t.ex. stod@exempel.se.' })
      .optional()
      .meta({ title: 'E-post', description: 'E-postadress, om linjen svarar på e-post.' }),
    channelsNote: optionalText(z.string().min(5).max(240), {
      title: 'Fler sätt att få kontakt',
      description: 'Valfritt: kanaler utan egen adress här, t.ex. "Chatt, mejl och sms via bris.se" eller "Texttelefon finns".',
    }),
    hours: OpeningHoursSchema,
    hoursNote: optionalText(z.string().min(5).max(240), {
      title: 'Om öppettiderna',
      description:
        'Valfritt: det källan säger om tiderna med ord, t.ex. "Dygnet runt sedan 1 juni 2020" eller "Chatten är öppen vissa kvällar".',
    }),
    audiences: z
      .array(z.enum(audiences, { error: `Välj bland: ${audiences.join(', ')}.` }))
      .min(1, { error: 'Välj minst en målgrupp.' })
      .meta({
        title: 'Målgrupper',
        description: 'Vem linjen är till för, som det visas på kortet och i filtret. "Alla" betyder att vem som helst kan ringa.',
        optionLabels: 'helplines.audienceNames',
      }),
    topics: z
      .array(z.enum(topics, { error: `Välj bland: ${topics.join(', ')}.` }))
      .min(1, { error: 'Välj minst ett ämne.' })
      .meta({
        title: 'Ämnen',
        description: 'Vad linjen hjälper med, som det visas i filtret och används i sökningen.',
        optionLabels: 'helplines.topicNames',
      }),
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/, { error: 'Skriv språkkoden med två eller tre små bokstäver, t.ex. sv, en, ar.' }))
      .min(1)
      .default(['sv'])
      .meta({ title: 'Språk', description: 'Språk man kan få hjälp på, som språkkoder: sv, en, fi, ar, so, fa …' }),
    languagesNote: optionalText(z.string().min(5).max(200), {
      title: 'Om språken',
      description: 'Valfritt, t.ex. "Tolk finns för de flesta språk".',
    }),
    cost: z
      .enum(['free', 'normal-rate'])
      .optional()
      .meta({
        title: 'Kostnad',
        description: 'Vad det kostar att ringa, som det visas på kortet. Lämna tomt om källan inte säger något.',
        optionLabels: { free: 'Gratis', 'normal-rate': 'Vanlig samtalstaxa' },
      }),
    anonymous: z.boolean().optional().meta({ title: 'Anonymt', description: 'Slå på om källan säger att man kan vara anonym.' }),
    hiddenOnBill: z
      .boolean()
      .optional()
      .meta({ title: 'Syns inte på räkningen', description: 'Slå på om samtalet inte syns på telefonräkningen.' }),
    staffing: z
      .enum(['professionals', 'volunteers', 'mixed'])
      .optional()
      .meta({
        title: 'Vem svarar',
        description:
          'Vilka som svarar. Linjer där volontärer svarar visas alltid med en hänvisning till 1177 och 112. Lämna tomt om det inte är känt.',
        optionLabels: { professionals: 'Yrkesverksamma', volunteers: 'Volontärer', mixed: 'Både yrkesverksamma och volontärer' },
      }),
    coverage: z
      .enum(['national', 'region', 'municipality'])
      .default('national')
      .meta({
        title: 'Täckning',
        description: 'Var linjen gäller. En regional linje (t.ex. psykiatrisk akutmottagning) behöver också regionens namn.',
        optionLabels: { national: 'Hela landet', region: 'En region', municipality: 'En kommun' },
      }),
    region: z.string().min(2).max(80).optional().meta({
      title: 'Region',
      description: 'För regionala och kommunala linjer: regionen, skriven som i inställningarna, t.ex. "Region Exempel".',
    }),
    municipality: z.string().min(2).max(80).optional().meta({ title: 'Kommun', description: 'För kommunala linjer: kommunens namn.' }),
    referral: SlugSchema.optional().meta({
      title: 'Hänvisning via',
      description: 'Id för en annan linje som hänvisar hit (t.ex. "1177") när den här saknar eget nummer på sidan.',
      relation: { collection: 'helplines', valueField: '{{slug}}', searchFields: ['name.sv'], displayFields: ['name.sv'] },
    }),
    uncertain: z.array(UncertaintySchema).default([]).meta({
      title: 'Osäkra uppgifter',
      description: 'Uppgifter som behöver kontrolleras. Varje rad visas på kortet, t.ex. "Kontrollera öppettiderna hos Mind".',
    }),
    verification: VerificationSchema,
  })
  .superRefine((line, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (line.phones.length === 0 && line.coverage === 'national') {
      issue('phones', 'En rikstäckande linje behöver minst ett telefonnummer.');
    }
    if (line.phones.length === 0 && !line.referral) {
      issue('referral', 'Ange ett telefonnummer, eller en linje som hänvisar hit (t.ex. "1177") så länge numret saknas.');
    }
    if (line.coverage === 'national' && (line.region || line.municipality)) {
      issue('coverage', 'En rikstäckande linje har ingen region eller kommun. Välj "region" eller "municipality", eller töm fälten.');
    }
    if (line.coverage !== 'national' && !line.region) {
      issue('region', 'Ange regionen, skriven som i inställningarna (t.ex. "Region Exempel").');
    }
    if (line.coverage === 'municipality' && !line.municipality) issue('municipality', 'Ange kommunens namn.');
  })
  .meta({ title: 'Stödlinje', description: 'En stödlinje, ett nödnummer eller en lokal akutmottagning.' });

export type HelplineInput = z.input<typeof HelplineSchema>;
export type HelplineData = z.output<typeof HelplineSchema>;
export type Uncertainty = z.output<typeof UncertaintySchema>;
export type Source = z.output<typeof SourceSchema>;

/** Interface strings of the helplines page and cards: `helplines:` in content/ui/<lang>.yaml. */
export const HelplineUiSchema = z.strictObject({
  ...sectionTexts('Stödlinjer'),
  emergencyTitle: uiText('Stödlinjer: rubrik för 112 överst'),
  emergencyText: uiText('Stödlinjer: text under rubriken om 112'),
  alwaysTitle: uiText('Stödlinjer: rubrik för korten för 112, 1177 och linjer som alltid är öppna'),
  localTitle: uiText('Stödlinjer: rubrik för regionens egna linjer, {region} blir regionens namn'),
  moreTitle: uiText('Stödlinjer: rubrik för övriga linjer'),
  quickTitle: uiText('Stödlinjer: rubrik för listan med alla linjer i korthet, överst efter 112'),
  findTitle: uiText('Stödlinjer: rubrik för "hitta rätt linje"'),
  findIntro: uiText('Stödlinjer: text om att 112 och 1177 alltid finns'),
  byAudience: uiText('Stödlinjer: rubrik/etikett för val av målgrupp'),
  byTopic: uiText('Stödlinjer: rubrik/etikett för val av ämne'),
  filterAll: uiText('Stödlinjer: filtervalet "alla"'),
  filterCount: uiText('Stödlinjer: antal som visas efter filtrering, {count} och {total} blir siffror'),
  hours: uiText('Stödlinjekort: etikett för öppettider'),
  audience: uiText('Stödlinjekort: etikett för målgrupper'),
  topics: uiText('Stödlinjekort: etikett för ämnen'),
  channels: uiText('Stödlinjekort: etikett för andra kontaktvägar'),
  chat: uiText('Stödlinjekort: länktext för chatt'),
  web: uiText('Stödlinjekort: länktext för webbplats'),
  email: uiText('Stödlinjekort: etikett för e-post'),
  sms: uiText('Stödlinjekort: etikett för sms'),
  cost: uiText('Stödlinjekort: etikett för kostnad'),
  costFree: uiText('Stödlinjekort: gratis att ringa'),
  costNormal: uiText('Stödlinjekort: vanlig samtalstaxa'),
  anonymous: uiText('Stödlinjekort: man kan vara anonym'),
  hiddenOnBill: uiText('Stödlinjekort: syns inte på telefonräkningen'),
  languages: uiText('Stödlinjekort: etikett för språk'),
  staffing: uiText('Stödlinjekort: etikett för vem som svarar'),
  staffProfessionals: uiText('Stödlinjekort: yrkesverksamma svarar'),
  staffVolunteers: uiText('Stödlinjekort: volontärer svarar'),
  staffMixed: uiText('Stödlinjekort: både yrkesverksamma och volontärer'),
  volunteerNote: uiText('Stödlinjekort: hänvisning till 1177 och 112 på volontärlinjer'),
  referral: uiText('Stödlinjekort: text före hänvisningsnumret, {name} blir linjens namn'),
  uncertain: uiText('Stödlinjekort: rubrik före osäkra uppgifter'),
  lastChecked: uiText('Stödlinjekort: "Senast kontrollerad"'),
  lastCheckedUnknown: uiText('Stödlinjekort: när datum för kontroll saknas'),
  sources: uiText('Stödlinjekort: rubrik för källor'),
  approximately: uiText('Stödlinjekort: "omkring" före ett ungefärligt datum'),
  openData: uiText('Stödlinjer: text om öppna data, {json} och {schema} blir länkar'),
  openDataJson: uiText('Stödlinjer: länktext till JSON-filen'),
  openDataSchema: uiText('Stödlinjer: länktext till JSON Schema'),
  offlineSaved: uiText('Stödlinjer utan nätverk: att sidan är en sparad kopia, {date} blir dagen den sparades'),
  offlineStale: uiText('Stödlinjer utan nätverk: när kopian är äldre än 7 dagar, uppmaning att kontrollera numren'),
  statusOpen: uiText('Öppet nu-status: öppet'),
  statusClosed: uiText('Öppet nu-status: stängt'),
  statusCloses: uiText('Öppet nu-status: stänger, {time} blir klockslaget'),
  statusOpens: uiText('Öppet nu-status: öppnar i dag, {time} blir klockslaget'),
  statusOpensTomorrow: uiText('Öppet nu-status: öppnar i morgon, {time} blir klockslaget'),
  statusOpensDay: uiText('Öppet nu-status: öppnar en senare dag, {day} blir veckodagen och {time} klockslaget'),
  statusUncertain: uiText('Öppet nu-status: tiderna är osäkra'),
  statusHoliday: uiText('Öppet nu-status: helgdag med okända tider'),
  statusUnknown: uiText('Öppet nu-status: öppettiderna är okända'),
  hoursAlways: uiText('Öppettider i ord: dygnet runt'),
  hoursUnknown: uiText('Öppettider i ord: okända'),
  hoursEveryDay: uiText('Öppettider i ord: varje dag'),
  hoursAnd: uiText('Öppettider i ord: "och" mellan dagar'),
  hoursHolidaysClosed: uiText('Öppettider i ord: stängt på helgdagar'),
  hoursHolidaysSunday: uiText('Öppettider i ord: helgdagar som söndag'),
  hoursHolidaysUnknown: uiText('Öppettider i ord: okänt på helgdagar'),
  hoursClosed: uiText('Öppettider i ord: stängt en viss dag'),
  audienceNames: z
    .strictObject({
      everyone: uiText('Målgrupp: alla'),
      'children-youth': uiText('Målgrupp: barn och unga'),
      adults: uiText('Målgrupp: vuxna'),
      older: uiText('Målgrupp: äldre'),
      relatives: uiText('Målgrupp: anhöriga'),
      parents: uiText('Målgrupp: föräldrar'),
      bereaved: uiText('Målgrupp: efterlevande'),
      'women-violence': uiText('Målgrupp: kvinnor som utsätts för våld'),
      professionals: uiText('Målgrupp: yrkesverksamma'),
    } satisfies Record<Audience, z.ZodType>)
    .meta({ title: 'Målgrupper', description: 'Namnen på målgrupperna, som de visas på korten och i filtret.' }),
  topicNames: z
    .strictObject({
      emergency: uiText('Ämne: akut fara'),
      'suicidal-thoughts': uiText('Ämne: självmordstankar'),
      crisis: uiText('Ämne: kris'),
      'mental-health': uiText('Ämne: psykisk ohälsa'),
      loneliness: uiText('Ämne: ensamhet'),
      'worry-for-someone': uiText('Ämne: oro för någon annan'),
      violence: uiText('Ämne: våld'),
      grief: uiText('Ämne: sorg'),
      'life-questions': uiText('Ämne: livsfrågor'),
      'health-advice': uiText('Ämne: sjukvårdsråd'),
    } satisfies Record<Topic, z.ZodType>)
    .meta({ title: 'Ämnen', description: 'Namnen på ämnena, som de visas på korten och i filtret.' }),
});

/** Checks across the lines: the crisis path needs 112. */
export function requireEmergencyLine(entries: readonly { data: unknown }[]): CrossProblem[] {
  if (entries.some((e) => (e.data as { kind?: string } | undefined)?.kind === 'emergency')) return [];
  return [
    {
      found: 'ingen linje av sorten "emergency" (112)',
      expected: 'en linje för 112, som krisraden och stödlinjesidan visar först',
      fix: 'Återställ content/helplines/112.yaml från versionshistoriken (kind: emergency).',
    },
  ];
}
