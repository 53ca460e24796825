/**
 * The components an MDX body may use, with their props as zod schemas. This is the whole
 * whitelist: the content safety check (src/lib/mdx-safety.ts) refuses any other tag, and the CMS
 * offers exactly these as editor components. The rendering side is src/components/content/.
 */
import { slugPattern } from '../rules/slug.ts';
import { ReflectionPropsSchema, SafetyPlanPropsSchema } from './guide.ts';
import { documentPathPattern } from './media.ts';
import { z } from './z.ts';

export interface ContentComponentSpec {
  /** Editor-facing name (Swedish). */
  label: string;
  /** What the component is for, shown to editors. */
  description: string;
  /** Props, all literal strings in MDX (`<Callout type="tip">`). */
  props: z.ZodObject;
  /** Whether the component wraps Markdown text (`<Callout>…</Callout>`) or stands alone. */
  children: boolean;
}

export const contentComponents = {
  Callout: {
    label: 'Faktaruta',
    description: 'En inramad ruta som lyfter fram ett råd, en viktig upplysning eller en varning.',
    props: z.strictObject({
      type: z
        .enum(['info', 'tip', 'warning'], { error: 'type ska vara "info", "tip" eller "warning".' })
        .default('info')
        .meta({
          title: 'Sort',
          description: 'Hur rutan ser ut: en upplysning, ett råd eller något viktigt att känna till.',
          optionLabels: { info: 'Upplysning', tip: 'Råd', warning: 'Viktigt att känna till' },
        }),
      title: z.string().min(1).max(80).optional().meta({ title: 'Rubrik', description: 'Kort rubrik i rutan (valfri).' }),
    }),
    children: true,
  },
  HelplineRef: {
    label: 'Stödlinje',
    description: 'Visar en stödlinje med ringknapp, öppettider och när uppgifterna kontrollerades, hämtad från Stödlinjer.',
    props: z.strictObject({
      id: z
        .string()
        .regex(slugPattern, {
          error: 'id ska vara en stödlinjes id (filnamnet utan .yaml), t.ex. "sjalvmordslinjen" eller "1177".',
        })
        .meta({
          title: 'Stödlinje',
          description: 'Linjens id, dvs. filnamnet i content/helplines/ utan .yaml, t.ex. "sjalvmordslinjen".',
          relation: { collection: 'helplines', valueField: '{{slug}}', searchFields: ['name.sv'], displayFields: ['name.sv'] },
        }),
    }),
    children: false,
  },
  Document: {
    label: 'Dokument',
    description: 'En länk till ett uppladdat dokument (t.ex. en PDF-rapport eller broschyr) som visar filtyp och storlek.',
    props: z.strictObject({
      href: z
        .string()
        .regex(documentPathPattern, {
          error: 'Välj ett dokument från mediebiblioteket (en fil under /media/, t.ex. .pdf, .docx, .xlsx).',
        })
        .meta({
          title: 'Dokument',
          description: 'Ladda upp eller välj filen i mediebiblioteket.',
          widget: 'file',
          examples: ['/media/exempel-broschyr.pdf'],
        }),
      title: z
        .string()
        .min(2, { error: 'Skriv länktexten: dokumentets namn, minst 2 tecken.' })
        .max(120, { error: 'Länktexten får vara högst 120 tecken.' })
        .meta({ title: 'Länktext', description: 'Dokumentets namn, t.ex. "Årsrapport 2025". Typ och storlek läggs till automatiskt.' }),
    }),
    children: false,
  },
  Cite: {
    label: 'Källhänvisning',
    description:
      'Hänvisar till ett verk i Forskning: visar författare och år, t.ex. "(Wenzer, 2018)", som en länk till verket. Alla verk som sidan hänvisar till listas under rubriken Källor i slutet av sidan.',
    props: z.strictObject({
      id: z
        .string()
        .regex(slugPattern, { error: 'id ska vara ett verks id i Forskning (filnamnet utan .mdx), t.ex. "wenzer-2018".' })
        .meta({
          title: 'Verk',
          description: 'Verkets id, dvs. filnamnet i content/research/sv/ utan .mdx, t.ex. "wenzer-2018".',
          relation: { collection: 'research', valueField: '{{slug}}', searchFields: ['title'], displayFields: ['title'] },
        }),
    }),
    children: false,
  },
  Reflection: {
    label: 'Reflektionsfråga',
    description:
      'En fråga att fundera på i Återhämtningsguiden. Läsaren kan svara i sidan; svaren sparas bara i läsarens egen webbläsare. Skrivs ut med plats att skriva.',
    props: ReflectionPropsSchema,
    children: false,
  },
  SafetyPlan: {
    label: 'Min plan',
    description:
      'Planen för svåra stunder i sex steg, med stödlinjernas nummer. Läsaren fyller i den i sidan eller på papper; inget sparas utanför läsarens webbläsare.',
    props: SafetyPlanPropsSchema,
    children: false,
  },
  InaccessibleDocuments: {
    label: 'Otillgängliga dokument',
    description:
      'En lista över dokumenten vars fil inte är tillgänglighetsanpassad, hämtad från Dokument. Hör hemma i tillgänglighetsredogörelsen.',
    props: z.strictObject({}),
    children: false,
  },
} as const satisfies Record<string, ContentComponentSpec>;

export type ContentComponentName = keyof typeof contentComponents;

/**
 * Plain HTML elements allowed in MDX bodies, with the attributes each may carry. Everything else
 * (script, iframe, style, forms, event handlers) is refused: use Markdown or a component.
 */
export const allowedHtml: Record<string, readonly string[]> = {
  abbr: ['title'],
  br: [],
  sub: [],
  sup: [],
  kbd: [],
  span: ['lang'],
};
