/**
 * An event of the Recovery College: an open lecture, an information meeting, an inspiration day.
 * One MDX file per language, content/events/sv/<namn>.mdx and content/events/en/<namn>.mdx (English
 * optional); the body describes the event. Same dates, venue or online link and enrolment as a
 * course; enrolment is optional (many lectures are open to all without it).
 */
import { audiencesField, formatField, slugField, statusField, summaryField, termField, titleField, venueField } from './course.ts';
import { checkSessions, EnrolmentSchema, refuse, SessionSchema } from './session.ts';
import { z } from './z.ts';

/** Kinds of event. Labels in content/ui/*.yaml (events.kindNames). */
export const eventKinds = ['lecture', 'information-meeting', 'inspiration-day', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];

export const EventSchema = z
  .strictObject({
    title: titleField(),
    summary: summaryField(),
    kind: z.enum(eventKinds, { error: `Välj bland: ${eventKinds.join(', ')}.` }).meta({
      title: 'Sort',
      description: 'Vilken sorts evenemang det är, som det visas på sidan.',
      i18n: 'duplicate',
      optionLabels: 'events.kindNames',
    }),
    audiences: audiencesField(),
    format: formatField(),
    term: termField(true),
    venue: venueField(),
    capacity: z.number().int().min(2).max(2000).optional().meta({
      title: 'Antal platser',
      description: 'Valfritt: hur många som får plats.',
      i18n: 'duplicate',
    }),
    enrolment: EnrolmentSchema.optional().meta({
      title: 'Anmälan',
      description: 'Lämna tomt om ingen anmälan behövs: då står det att alla är välkomna utan anmälan.',
    }),
    status: statusField(),
    sessions: z
      .array(SessionSchema)
      .min(1, { error: 'Lägg till minst ett tillfälle.' })
      .meta({ title: 'Tillfällen', description: 'När evenemanget är, i svensk tid. Oftast ett tillfälle.', i18n: 'duplicate' }),
    slug: slugField(),
  })
  .superRefine((event, ctx) => {
    if (event.format !== 'online' && !event.venue) {
      refuse(ctx, ['venue'], 'en lokal för ett evenemang på plats eller hybrid', 'Välj en lokal, eller ändra Form till online.');
    }
    checkSessions(event.sessions, event.enrolment, ctx);
  })
  .meta({ title: 'Evenemang', description: 'En föreläsning, informationsträff eller inspirationsdag.' });

export type EventInput = z.input<typeof EventSchema>;
export type EventData = z.output<typeof EventSchema>;
