/**
 * A course of the Recovery College: one MDX file per language, content/courses/sv/<namn>.mdx and
 * content/courses/en/<namn>.mdx (the English version is optional). The body is the course
 * description. Co-production is what makes it a Recovery College course: every course has at least
 * one peer trainer with own experience and one professional among its facilitators, and the build
 * refuses a course without both.
 */
import { searchKeywordsField } from './search.ts';
import { SlugSchema } from './page.ts';
import { checkSessions, EnrolmentSchema, refuse, SessionSchema } from './session.ts';
import { z } from './z.ts';

/** Who a course is for. Labels in content/ui/*.yaml (courses.audienceNames). */
export const courseAudiences = ['own-experience', 'relatives', 'staff', 'everyone'] as const;
/** How it is given. Labels in courses.formatNames. */
export const courseFormats = ['on-site', 'online', 'hybrid'] as const;
/** Themes for the catalogue's filter. Labels in courses.themeNames. */
export const courseThemes = [
  'recovery',
  'peer-support',
  'relatives',
  'sleep',
  'stress-anxiety',
  'hope-identity',
  'everyday-life',
  'recovery-oriented-work',
  'college',
] as const;
export const courseStatuses = ['open', 'full', 'cancelled'] as const;
export const facilitatorRoles = ['peer-trainer', 'professional'] as const;

export type CourseAudience = (typeof courseAudiences)[number];
export type CourseFormat = (typeof courseFormats)[number];
export type CourseTheme = (typeof courseThemes)[number];
export type CourseStatus = (typeof courseStatuses)[number];
export type FacilitatorRole = (typeof facilitatorRoles)[number];

const relationTo = (collection: string) => ({
  collection,
  valueField: '{{slug}}',
  searchFields: ['name.sv'],
  displayFields: ['name.sv'],
});

/** The reference to a venue (content/venues/<id>.yaml). */
export const venueField = () =>
  SlugSchema.optional().meta({
    title: 'Lokal',
    description: 'Var kursen hålls: välj en lokal. Krävs för kurser på plats och hybridkurser. Lokalens tillgänglighet visas på kurssidan.',
    relation: relationTo('venues'),
    i18n: 'duplicate',
  });

/** The reference to a term (content/terms/<id>.yaml); optional for events. */
export const termField = (optional = false) => {
  const meta = {
    title: 'Termin',
    description: optional
      ? 'Valfritt: vilken termin evenemanget hör till, t.ex. "vt-2027". Då kommer det med i terminens kursprogram.'
      : 'Vilken termin kursen hör till, t.ex. "vt-2027".',
    relation: relationTo('terms'),
    i18n: 'duplicate' as const,
  };
  return optional ? SlugSchema.optional().meta(meta) : SlugSchema.meta(meta);
};

export const FacilitatorSchema = z
  .strictObject({
    name: z.string().min(2).max(80).optional().meta({
      title: 'Namn',
      description: 'Valfritt: kursledarens namn, om hen vill att det står på sidan.',
      i18n: 'duplicate',
    }),
    role: z.enum(facilitatorRoles, { error: 'Välj peer-trainer (egen erfarenhet) eller professional (yrkesverksam).' }).meta({
      title: 'Roll',
      description:
        'Kursledare med egen erfarenhet av psykisk ohälsa och återhämtning, eller yrkesverksam. Varje kurs behöver minst en av varje.',
      i18n: 'duplicate',
      optionLabels: 'courses.roleNames',
    }),
  })
  .meta({ title: 'Kursledare', description: 'En av kursledarna.' });

export const audiencesField = () =>
  z
    .array(z.enum(courseAudiences, { error: `Välj bland: ${courseAudiences.join(', ')}.` }))
    .min(1, { error: 'Välj minst en målgrupp.' })
    .meta({
      title: 'Målgrupper',
      description: 'Vem kursen är till för, som det visas på sidan och i katalogens filter.',
      i18n: 'duplicate',
      optionLabels: 'courses.audienceNames',
    });

export const formatField = () =>
  z.enum(courseFormats, { error: 'Välj on-site, online eller hybrid.' }).meta({
    title: 'Form',
    description: 'På plats, digitalt eller båda samtidigt, som det visas på sidan och i katalogens filter.',
    i18n: 'duplicate',
    optionLabels: 'courses.formatNames',
  });

export const statusField = () =>
  z
    .enum(courseStatuses, { error: 'Välj open, full eller cancelled.' })
    .default('open')
    .meta({
      title: 'Status',
      description: 'Öppen betyder att man kan anmäla sig under anmälningstiden. Fullbokad och Inställd visas tydligt på sidan.',
      i18n: 'duplicate',
      optionLabels: { open: 'Öppen för anmälan', full: 'Fullbokad', cancelled: 'Inställd' },
    });

export const titleField = () =>
  z
    .string()
    .min(3, { error: 'Rubriken behöver minst 3 tecken.' })
    .max(90, { error: 'Rubriken får vara högst 90 tecken.' })
    .meta({ title: 'Rubrik', description: 'Kursens namn. Högst 90 tecken.', i18n: 'translate' });

export const summaryField = () =>
  z
    .string()
    .min(20, { error: 'Sammanfattningen behöver minst 20 tecken.' })
    .max(220, { error: 'Sammanfattningen får vara högst 220 tecken.' })
    .meta({
      title: 'Sammanfattning',
      description: 'En eller två meningar: vad kursen handlar om. Visas i kurskatalogen och i sökresultat. 20–220 tecken.',
      widget: 'text',
      i18n: 'translate',
    });

export const slugField = () =>
  SlugSchema.optional().meta({
    title: 'Adress',
    description: 'Valfritt: kurssidans adress, t.ex. "introduction-to-recovery" för den engelska versionen. Lämna tomt för filnamnet.',
    i18n: 'translate',
  });

export const CourseSchema = z
  .strictObject({
    title: titleField(),
    summary: summaryField(),
    easyRead: z
      .string()
      .min(20)
      .max(400, { error: 'Den lättlästa sammanfattningen får vara högst 400 tecken: korta meningar, vanliga ord.' })
      .meta({
        title: 'Lättläst sammanfattning',
        description: 'Samma sak med enkla ord och korta meningar. Högst 400 tecken. Visas först på kurssidan.',
        widget: 'text',
        i18n: 'translate',
      }),
    learn: z.array(z.string().min(5).max(160)).min(1, { error: 'Skriv minst en sak man lär sig.' }).meta({
      title: 'Det här lär du dig',
      description: 'En rad per sak, t.ex. "Vad återhämtning kan betyda för dig".',
      i18n: 'translate',
    }),
    themes: z
      .array(z.enum(courseThemes, { error: `Välj bland: ${courseThemes.join(', ')}.` }))
      .min(1, { error: 'Välj minst ett tema.' })
      .meta({
        title: 'Teman',
        description: 'Vad kursen handlar om. Används i kurskatalogens filter.',
        i18n: 'duplicate',
        optionLabels: 'courses.themeNames',
      }),
    audiences: audiencesField(),
    format: formatField(),
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/, { error: 'Skriv språkkoden med två eller tre små bokstäver, t.ex. sv, en.' }))
      .min(1)
      .default(['sv'])
      .meta({ title: 'Språk', description: 'Språket kursen ges på, som språkkod: sv, en …', i18n: 'duplicate' }),
    term: termField(),
    groupSize: z
      .number({ error: 'Skriv hur många som får plats som ett heltal, t.ex. 12.' })
      .int()
      .min(2)
      .max(200)
      .meta({ title: 'Antal platser', description: 'Hur många deltagare som får plats, t.ex. 12.', i18n: 'duplicate' }),
    cost: z.string().min(2).max(120).optional().meta({
      title: 'Kostnad',
      description: 'Lämna tomt: kursen är gratis (så visas det). Fyll bara i om något kostar, t.ex. "Lunch 60 kr".',
    }),
    facilitators: z
      .array(FacilitatorSchema)
      .min(2, { error: 'En kurs har minst två kursledare: en med egen erfarenhet (peer-trainer) och en yrkesverksam (professional).' })
      .meta({
        title: 'Kursledare',
        description:
          'Minst en kursledare med egen erfarenhet (peer-trainer) och en yrkesverksam (professional): kurserna tas fram och leds tillsammans.',
        i18n: 'duplicate',
      }),
    venue: venueField(),
    enrolment: EnrolmentSchema,
    status: statusField(),
    sessions: z
      .array(SessionSchema)
      .min(1, { error: 'Lägg till minst ett tillfälle.' })
      .meta({ title: 'Tillfällen', description: 'Varje kurstillfälle med datum och tider, i svensk tid.', i18n: 'duplicate' }),
    slug: slugField(),
    keywords: searchKeywordsField,
  })
  .superRefine((course, ctx) => {
    for (const role of facilitatorRoles) {
      if (!course.facilitators.some((f) => f.role === role)) {
        refuse(
          ctx,
          ['facilitators'],
          role === 'peer-trainer'
            ? 'minst en kursledare med egen erfarenhet (role: peer-trainer): en Recovery College-kurs leds av en person med egen erfarenhet tillsammans med en yrkesverksam'
            : 'minst en yrkesverksam kursledare (role: professional): en Recovery College-kurs leds av en person med egen erfarenhet tillsammans med en yrkesverksam',
          `Lägg till en kursledare med rollen ${role}.`,
        );
      }
    }
    if (course.format !== 'online' && !course.venue) {
      refuse(ctx, ['venue'], 'en lokal för en kurs på plats eller hybridkurs', 'Välj en lokal, eller ändra Form till online.');
    }
    checkSessions(course.sessions, course.enrolment, ctx);
  })
  .meta({ title: 'Kurs', description: 'En kurs i Recovery College.' });

export type CourseInput = z.input<typeof CourseSchema>;
export type CourseData = z.output<typeof CourseSchema>;
