/**
 * An Atom 1.0 feed (RFC 4287) as text. Every value is escaped as XML text or attribute, and
 * characters XML 1.0 forbids (control characters) are dropped, so no content can break the
 * document or add elements. Pure; the feeds are parsed back by an independent parser in the tests.
 */

export interface AtomEntry {
  /** A permanent, unique id: the entry's absolute address. */
  id: string;
  title: string;
  /** The entry's page (absolute). */
  link: string;
  /** The entry's date; Atom requires `updated`, and `published` is the same day. */
  date: Date;
  summary: string;
}

export interface AtomFeed {
  /** The feed's own absolute address (`rel="self"`); also its id. */
  self: string;
  /** The page the feed belongs to (absolute). */
  link: string;
  title: string;
  subtitle: string;
  /** BCP 47, e.g. `sv`. */
  language: string;
  author: string;
  entries: readonly AtomEntry[];
}

// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** XML text and attribute values: `escapeXml('a < "b" & c')` → `a &lt; &quot;b&quot; &amp; c`. */
export function escapeXml(value: string): string {
  return value
    .replace(forbidden, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The feed document. `updated` is the newest entry's date (or the Unix epoch for an empty feed, so a rebuild never changes it). */
export function atomFeed(feed: AtomFeed): string {
  const x = escapeXml;
  const newest = feed.entries.reduce((max, e) => Math.max(max, e.date.getTime()), 0);
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${x(e.id)}</id>
    <title type="text">${x(e.title)}</title>
    <link rel="alternate" type="text/html" href="${x(e.link)}"/>
    <published>${e.date.toISOString()}</published>
    <updated>${e.date.toISOString()}</updated>
    <summary type="text">${x(e.summary)}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.language)}">
  <id>${x(feed.self)}</id>
  <title type="text">${x(feed.title)}</title>
  <subtitle type="text">${x(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${x(feed.link)}"/>
  <updated>${new Date(newest).toISOString()}</updated>
  <author><name>${x(feed.author)}</name></author>
${entries.join('')}</feed>
`;
}
