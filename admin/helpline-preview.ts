/**
 * The helpline card as the public sees it (src/components/helplines/HelplineCard.astro and its
 * parts), in the preview pane: the same classes, stylesheet and wording functions from src/lib/,
 * so hours in words, call buttons and "last checked" read exactly as on the page. While required
 * fields are still empty the entry cannot be shown as a card, and the generic card is shown.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h, type ReactNode } from 'react';
import { hoursWords } from '../src/lib/helpline-strings.ts';
import { clientHours, type Helpline } from '../src/lib/helplines.ts';
import { formatPartialDate } from '../src/lib/partial-date.ts';
import { describeHours } from '../src/lib/hours-words.ts';
import { pick } from '../src/lib/i18n.ts';
import { withoutEmpty } from './cms/safe-mdx.ts';
import { HelplineSchema } from '../src/schemas/helpline.ts';
import type { UiStrings } from '../src/schemas/index.ts';

/** "Alla, anhöriga och närstående": as HelplineFacts lists them. */
const asList = (labels: string[]) => labels.map((l, i) => (i === 0 ? l : l.charAt(0).toLocaleLowerCase('sv') + l.slice(1))).join(', ');

function card(line: Helpline, ui: UiStrings, today: string): ReactNode {
  const t = ui.helplines;
  const checked = line.verification.lastChecked;
  return h(
    'article',
    { className: `hl-card hl-card--${line.kind}` },
    h('h3', { className: 'hl-card__name' }, pick(line.name, 'sv')),
    h('p', { className: 'hl-card__org' }, line.organisation),
    h('p', null, pick(line.summary, 'sv')),
    h(
      'ul',
      { role: 'list', className: 'hl-calls' },
      line.phones.map((phone, i) =>
        h(
          'li',
          { key: i },
          h('a', { className: 'hl-call', href: `tel:${phone.tel}` }, `${ui.emergencyCall} `, h('strong', null, phone.display)),
          phone.label ? h('span', { className: 'hl-call__label' }, pick(phone.label, 'sv')) : null,
        ),
      ),
    ),
    line.uncertain.map((u, i) =>
      h('p', { key: `u${i}`, className: 'hl-note hl-note--check' }, h('strong', null, t.uncertain), ` ${pick(u.text, 'sv')}`),
    ),
    line.staffing === 'volunteers' ? h('p', { className: 'hl-note' }, t.volunteerNote) : null,
    h(
      'dl',
      { className: 'hl-facts' },
      h(
        'div',
        null,
        h('dt', null, t.hours),
        h('dd', null, describeHours(clientHours(line), hoursWords(t), 'sv', today), line.hoursNote ? ` ${pick(line.hoursNote, 'sv')}` : ''),
      ),
      h('div', null, h('dt', null, t.audience), h('dd', null, asList(line.audiences.map((a) => t.audienceNames[a])))),
      h('div', null, h('dt', null, t.topics), h('dd', null, asList(line.topics.map((topic) => t.topicNames[topic])))),
    ),
    h('p', { className: 'hl-checked' }, `${t.lastChecked} `, checked ? formatPartialDate(checked, 'sv') : t.lastCheckedUnknown),
  );
}

/** A preview template for helplines, or undefined (use the generic card) while the entry is incomplete. */
export function helplineCard(props: PreviewTemplateComponentProps, ui: UiStrings): ReactNode | undefined {
  const data = withoutEmpty(props.entry.get('data')?.toJS?.() ?? {});
  const result = HelplineSchema.safeParse(data);
  if (!result.success) return undefined;
  const line: Helpline = { ...result.data, id: String(props.entry.get('slug') ?? 'ny') };
  const today = new Date().toISOString().slice(0, 10);
  return h('main', { id: 'main' }, h('div', { className: 'hl-grid' }, card(line, ui, today)));
}
