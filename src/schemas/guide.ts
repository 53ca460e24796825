/**
 * Återhämtningsguiden: parts (`content/guide-parts/<lang>/<name>.mdx`, e.g. "För dig som mår
 * dåligt") and chapters (`content/guide/<lang>/<name>.mdx`). A chapter belongs to one part, has an
 * order within it, a summary, the text (MDX, with `<Reflection>` exercises and optionally
 * `<SafetyPlan />`), notes for group facilitators, related helplines and its source and rights.
 * Reading time is computed from the text (src/lib/guide.ts), never typed in.
 */
import { slugPattern } from '../rules/slug.ts';
import { searchKeywordsField } from './search.ts';
import { DateSchema } from './date.ts';
import { sectionTexts, uiText } from './ui.ts';
import { httpsUrl } from './url.ts';
import { z } from './z.ts';

/** Whether the text may be reproduced (printed, copied for a group, published elsewhere). */
export const reproductionKinds = ['own-text', 'permitted', 'ask-first', 'not-permitted'] as const;

/** Where a part's or chapter's text comes from and what may be done with it. */
export const GuideSourceSchema = z
  .strictObject({
    credit: z
      .string()
      .min(5, { error: 'Skriv vem som ska krediteras, minst 5 tecken.' })
      .max(300, { error: 'Krediteringen får vara högst 300 tecken.' })
      .meta({
        title: 'Kreditering',
        description:
          'Visas under texten, t.ex. "Egen text, fritt efter teman i Återhämtningsguiden (NSPH Skåne)". Nämn originalets utgivare.',
        i18n: 'translate',
      }),
    url: httpsUrl().optional().meta({
      title: 'Källans adress',
      description: 'Länk till originalet, t.ex. https://aterhamtningsguiden.se/. Lämna tomt om texten helt är er egen.',
      i18n: 'duplicate',
    }),
    reproduction: z.enum(reproductionKinds, { error: 'Välj own-text, permitted, ask-first eller not-permitted.' }).meta({
      title: 'Får texten återges?',
      description: 'Om läsare och grupper får skriva ut och dela texten. Sidan säger det under Källa.',
      i18n: 'duplicate',
      optionLabels: {
        'own-text': 'Ja, det är vår egen text',
        permitted: 'Ja, utgivaren har gett tillstånd',
        'ask-first': 'Fråga utgivaren innan texten sprids vidare',
        'not-permitted': 'Nej, texten får bara läsas här',
      },
    }),
  })
  .meta({ title: 'Källa och rättigheter', description: 'Var texten kommer ifrån och om den får skrivas ut och delas.' });

const title = z
  .string()
  .min(3, { error: 'Rubriken behöver minst 3 tecken.' })
  .max(90, { error: 'Rubriken får vara högst 90 tecken.' })
  .meta({ title: 'Rubrik', description: 'Högst 90 tecken.', i18n: 'translate' });

const summary = z
  .string()
  .min(20, { error: 'Sammanfattningen behöver minst 20 tecken.' })
  .max(220, { error: 'Sammanfattningen får vara högst 220 tecken.' })
  .meta({
    title: 'Sammanfattning',
    description: 'En eller två meningar: vad handlar det här om och för vem. Visas i guidens innehållsförteckning och i sökresultat.',
    widget: 'text',
    i18n: 'translate',
  });

const order = z
  .number({ error: 'Skriv ett heltal 1–50.' })
  .int({ error: 'Skriv ett heltal 1–50.' })
  .min(1, { error: 'Ordningen börjar på 1.' })
  .max(50, { error: 'Högst 50.' })
  .meta({ title: 'Ordning', description: 'Lägre nummer visas först (1, 2, 3 …).', i18n: 'duplicate' });

const slug = z
  .string()
  .regex(slugPattern, { error: 'Använd bara små bokstäver a–z, siffror och bindestreck, t.ex. "where-to-find-support".' })
  .optional()
  .meta({
    title: 'Adress',
    description: 'Adressen efter /aterhamtningsguiden/ (på engelska /en/recovery-guide/). Lämna tomt för att använda filnamnet.',
    i18n: 'translate',
  });

const updated = DateSchema.meta({
  title: 'Senast uppdaterad',
  description: 'Datum då texten senast sågs över (ÅÅÅÅ-MM-DD).',
  widget: 'datetime',
  i18n: 'duplicate',
});

/** A part of the guide: whom it is for, its chapters (those that name it) and its worksheet page. */
export const GuidePartSchema = z.strictObject({
  title: title.meta({ title: 'Rubrik', description: 'T.ex. "För dig som mår dåligt". Högst 90 tecken.', i18n: 'translate' }),
  summary,
  order: order.meta({ title: 'Ordning', description: 'Delens plats i guiden (1, 2, 3 …).', i18n: 'duplicate' }),
  slug: slug.meta({
    title: 'Adress',
    description: 'Adressen efter /arbetsblad/ (på engelska /en/worksheets/). Lämna tomt för att använda filnamnet.',
    i18n: 'translate',
  }),
  source: GuideSourceSchema,
  updated,
  keywords: searchKeywordsField,
});

/** Notes for the person leading a group conversation on a chapter ("För samtalsledare"). */
export const FacilitatorNotesSchema = z
  .strictObject({
    howTo: z.string().min(20, { error: 'Beskriv upplägget med minst 20 tecken.' }).meta({
      title: 'Så kan samtalet gå till',
      description: 'Hur du inleder, vilka frågor ni tar och hur ni avslutar.',
      widget: 'text',
      i18n: 'translate',
    }),
    timePlan: z
      .array(
        z.strictObject({
          minutes: z
            .number({ error: 'Skriv antal minuter som en siffra.' })
            .int()
            .min(1, { error: 'Minst 1 minut.' })
            .max(180, { error: 'Högst 180 minuter.' })
            .meta({ title: 'Minuter', description: 'Hur lång tid momentet tar.', i18n: 'duplicate' }),
          activity: z
            .string()
            .min(3, { error: 'Skriv vad ni gör, minst 3 tecken.' })
            .max(160)
            .meta({ title: 'Moment', description: 'T.ex. "Runda: hur är det i dag?"', i18n: 'translate' }),
        }),
      )
      .min(1, { error: 'Lägg till minst ett moment i tidsplanen.' })
      .meta({ title: 'Tidsplan', description: 'Momenten i ordning, med minuter.', i18n: 'translate' }),
    watchFor: z
      .string()
      .min(20, { error: 'Skriv minst 20 tecken.' })
      .meta({ title: 'Tänk på', description: 'Vad samtalsledaren behöver vara uppmärksam på.', widget: 'text', i18n: 'translate' }),
    ifUnwell: z.string().min(20, { error: 'Skriv minst 20 tecken.' }).meta({
      title: 'Om någon mår dåligt',
      description: 'Vad du gör om någon i gruppen inte mår bra: paus, samtal enskilt, 1177, 112 vid akut fara.',
      widget: 'text',
      i18n: 'translate',
    }),
  })
  .meta({ title: 'För samtalsledare', description: 'Visas hopfällt under kapitlet. Söks inte av webbplatsens sökfunktion.' });

/** A chapter: the text with its exercises, notes for facilitators, related helplines, source and rights. */
export const GuideChapterSchema = z.strictObject({
  title: title.meta({ title: 'Rubrik', description: 'Kapitlets rubrik. Högst 90 tecken.', i18n: 'translate' }),
  summary,
  part: z
    .string()
    .regex(slugPattern, { error: 'Välj en del av guiden (filnamnet i content/guide-parts/ utan .mdx).' })
    .meta({
      title: 'Del',
      description: 'Vilken del av guiden kapitlet hör till.',
      i18n: 'duplicate',
      relation: { collection: 'guideParts', valueField: '{{slug}}', searchFields: ['title'], displayFields: ['title'] },
    }),
  order: order.meta({ title: 'Ordning i delen', description: 'Kapitlets plats i sin del (1, 2, 3 …).', i18n: 'duplicate' }),
  slug,
  helplines: z
    .array(
      z
        .string()
        .regex(slugPattern, { error: 'Välj en stödlinje (filnamnet i content/helplines/ utan .yaml).' })
        .meta({
          title: 'Stödlinje',
          description: 'En stödlinje ur Stödlinjer.',
          relation: { collection: 'helplines', valueField: '{{slug}}', searchFields: ['name.sv'], displayFields: ['name.sv'] },
        }),
    )
    .default([])
    .meta({
      title: 'Stödlinjer till kapitlet',
      description:
        'Linjer som passar kapitlets ämne. De visas i slutet av kapitlet; länken till alla stödlinjer finns alltid vid varje övning.',
      i18n: 'duplicate',
    }),
  facilitator: FacilitatorNotesSchema.optional().meta({
    title: 'För samtalsledare',
    description: 'Anteckningar för den som leder ett gruppsamtal om kapitlet. Visas hopfällda under kapitlet och söks inte. Valfritt.',
  }),
  source: GuideSourceSchema,
  updated,
  keywords: searchKeywordsField,
});

export type GuidePartData = z.output<typeof GuidePartSchema>;
export type GuideChapterData = z.output<typeof GuideChapterSchema>;

/** The kinds of reflection exercise. */
export const exerciseKinds = ['write', 'choose-one', 'choose-several', 'scale'] as const;
export type ExerciseKind = (typeof exerciseKinds)[number];

/** Props of `<Reflection>` in a chapter's text: literal strings, checked like every component's. */
export const ReflectionPropsSchema = z
  .strictObject({
    question: z
      .string()
      .min(5, { error: 'Skriv frågan, minst 5 tecken.' })
      .max(300, { error: 'Frågan får vara högst 300 tecken.' })
      .meta({ title: 'Fråga', description: 'Frågan läsaren funderar på, t.ex. "Vad har hjälpt dig förut?"' }),
    kind: z
      .enum(exerciseKinds, { error: 'kind ska vara "write", "choose-one", "choose-several" eller "scale".' })
      .default('write')
      .meta({
        title: 'Sorts svar',
        description: 'write = skriva fritt; choose-one = välja ett alternativ; choose-several = välja flera; scale = en skala 1–10.',
        examples: ['choose-one'],
      }),
    hint: z
      .string()
      .min(3)
      .max(300, { error: 'Tipset får vara högst 300 tecken.' })
      .optional()
      .meta({ title: 'Tips', description: 'En kort hjälp på vägen (valfri).' }),
    options: z
      .string()
      .max(600, { error: 'Alternativen får vara högst 600 tecken tillsammans.' })
      .optional()
      .meta({
        title: 'Svarsalternativ',
        description: 'Bara för choose-one och choose-several: alternativen åtskilda med |, t.ex. "Sömn | Promenader | Musik".',
        examples: ['Ja | Nej | Vet inte'],
      }),
  })
  .superRefine((props, ctx) => {
    const choices = (props.options ?? '').split('|').filter((o) => o.trim());
    const choose = props.kind === 'choose-one' || props.kind === 'choose-several';
    if (choose && choices.length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `En fråga med kind="${props.kind}" behöver minst två svarsalternativ i options, åtskilda med |, t.ex. options="Ja | Nej | Vet inte".`,
      });
    if (!choose && props.options !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message:
          'Svarsalternativ (options) används bara med kind="choose-one" eller kind="choose-several". Ta bort options eller byt kind.',
      });
  });

/** `<SafetyPlan />` has no props: the steps, the lines and the texts come from the UI strings and Stödlinjer. */
export const SafetyPlanPropsSchema = z.strictObject({});

/** Interface strings of the guide (content/ui/<lang>.yaml under `guide:`). */
export const GuideUiSchema = z.strictObject({
  ...sectionTexts('Återhämtningsguiden'),
  typeName: uiText('Guiden: sökfiltret för kapitel ("Kapitel i Återhämtningsguiden")'),
  partLabel: uiText('Guiden: "Del" före delens nummer'),
  chapters: uiText('Guiden: rubrik för delens kapitel'),
  readingTime: uiText('Guiden: lästid, {minutes} blir antalet minuter'),
  toc: uiText('Guiden: rubrik för innehållsförteckningen i ett kapitel'),
  previous: uiText('Guiden: länk till föregående kapitel'),
  next: uiText('Guiden: länk till nästa kapitel'),
  backToGuide: uiText('Guiden: länk tillbaka till guidens startsida'),
  chapterNav: uiText('Guiden: skärmläsarnamn på länkarna föregående/nästa'),
  exerciseLabel: uiText('Guiden: ordet före en övning ("Att fundera på")'),
  exerciseSupport: uiText('Guiden: länk till stödlinjerna vid varje övning'),
  scaleLow: uiText('Guiden: skalans lägsta ände (1)'),
  scaleHigh: uiText('Guiden: skalans högsta ände (10)'),
  scaleNoJs: uiText('Guiden: skalfråga utan JavaScript ("Svara på en skala 1–10")'),
  facilitatorTitle: uiText('Guiden: rubrik på de hopfällda anteckningarna för samtalsledare'),
  facilitatorHowTo: uiText('Samtalsledare: rubrik "Så kan samtalet gå till"'),
  facilitatorTimePlan: uiText('Samtalsledare: rubrik "Tidsplan"'),
  facilitatorMinutes: uiText('Samtalsledare: minuter, {minutes} blir antalet'),
  facilitatorWatchFor: uiText('Samtalsledare: rubrik "Tänk på"'),
  facilitatorIfUnwell: uiText('Samtalsledare: rubrik "Om någon mår dåligt"'),
  relatedHelplines: uiText('Guiden: rubrik för kapitlets stödlinjer'),
  sourceTitle: uiText('Guiden: rubrik för källa och rättigheter'),
  sourceLink: uiText('Guiden: länktext till originalet'),
  reproduction: uiText('Guiden: om texten får återges, {value} blir texten nedan'),
  reproductionOwnText: uiText('Guiden: texten är vår egen och får skrivas ut och delas'),
  reproductionPermitted: uiText('Guiden: utgivaren har gett tillstånd'),
  reproductionAskFirst: uiText('Guiden: fråga utgivaren innan texten sprids'),
  reproductionNotPermitted: uiText('Guiden: texten får bara läsas här'),
  worksheet: uiText('Guiden: knappen "Skriv ut som arbetsblad"'),
  partWorksheet: uiText('Guiden: länk till delens arbetsblad'),
  partWorksheetIntro: uiText('Delens sida: förklaring ovanför frågorna'),
  print: uiText('Guiden: knappen "Skriv ut"'),
  answersTitle: uiText('Dina svar: rubrik'),
  answersPrivacy: uiText(
    'Dina svar: en mening om att svaren sparas bara om man väljer det, bara i den här webbläsaren, och hur man raderar dem',
  ),
  answersShared: uiText('Dina svar: varning om delad dator'),
  answersSave: uiText('Dina svar: knappen som sparar svaren i den här webbläsaren (inget sparas innan)'),
  answersAutosave: uiText('Dina svar: kryssrutan "Spara automatiskt medan jag skriver" (av från början)'),
  answersAutosaveOn: uiText('Dina svar: besked när automatisk sparning slås på och allt är sparat'),
  answersAutosaveOff: uiText('Dina svar: besked när automatisk sparning slås av'),
  answersSaved: uiText('Dina svar: besked när svaren har sparats'),
  answersUnsaved: uiText('Dina svar: besked att det som skrivits inte är sparat än'),
  answersNotSaved: uiText('Dina svar: besked när webbläsaren inte kunde spara ("Inte sparat: …" och vad man kan göra)'),
  answersExportMarkdown: uiText('Dina svar: knappen för att ladda ner som text (Markdown)'),
  answersExportJson: uiText('Dina svar: knappen för att ladda ner en fil att läsa in på en annan enhet (JSON)'),
  answersImport: uiText('Dina svar: knappen för att läsa in en sparad fil'),
  answersImported: uiText('Dina svar: besked efter inläsning, {count} blir antalet svar'),
  answersImportFailed: uiText('Dina svar: besked när filen inte kunde läsas'),
  answersImportTooLarge: uiText('Dina svar: besked när filen är för stor, {limit} blir gränsen (256 kB)'),
  answersImportInvalid: uiText('Dina svar: besked när filen inte har rätt innehåll'),
  answersPrint: uiText('Dina svar: knappen "Skriv ut mina svar"'),
  answersDelete: uiText('Dina svar: knappen "Radera allt"'),
  answersDeleteConfirm: uiText('Dina svar: frågan innan allt raderas'),
  answersDeleted: uiText('Dina svar: besked när allt är raderat'),
  answersDeleteFailed: uiText('Dina svar: besked när något inte gick att radera'),
  answersBrowserClears: uiText('Dina svar: att webbläsaren kan radera sparade data (Safari efter 7 dagar)'),
  answersFileTitle: uiText('Dina svar: rubrik i den nedladdade filen'),
  progressRead: uiText('Guiden: märket "Läst" vid ett läst kapitel'),
  progressReset: uiText('Guiden: knappen som nollställer vad som är läst'),
  progressNote: uiText('Guiden: förklaring om att läsmarkeringarna bara finns på den här enheten'),
  listen: uiText('Lyssna: knappen som läser upp kapitlet'),
  listenPause: uiText('Lyssna: knappen "Pausa"'),
  listenResume: uiText('Lyssna: knappen "Fortsätt"'),
  listenStop: uiText('Lyssna: knappen "Sluta läsa"'),
  planTitle: uiText('Min plan: rubrik'),
  planIntro: uiText('Min plan: att planen är ett verktyg att fylla i med stöd, inte behandling'),
  planEmergency: uiText('Min plan: vid akut fara, ring 112'),
  planWarningSigns: uiText('Min plan steg 1: mina varningstecken'),
  planOwnCoping: uiText('Min plan steg 2: det jag kan göra själv'),
  planDistraction: uiText('Min plan steg 3: människor och platser som får mig att tänka på annat'),
  planPeople: uiText('Min plan steg 4: personer jag kan be om hjälp'),
  planProfessionals: uiText('Min plan steg 5: vård och stödlinjer att ringa'),
  planProfessionalsOwn: uiText('Min plan steg 5: fältet för egna kontakter (min mottagning, min kontaktperson)'),
  planSafer: uiText('Min plan steg 6: att göra min omgivning tryggare'),
  planReasons: uiText('Min plan: det som är värt att leva för'),
  planPrint: uiText('Min plan: knappen "Skriv ut planen"'),
});
