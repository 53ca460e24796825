/**
 * URL fields in content files: one zod schema over the one URL rule (src/rules/url.ts), so a YAML
 * field, a component prop and a link in an MDX body are judged alike. The `z.url` format gives
 * the CMS its pattern; the rule adds what a pattern cannot say (no user name or password, a real
 * host name).
 */
import { checkUrl } from '../rules/url.ts';
import { z } from './z.ts';

/** The one URL rule (src/rules/url.ts), as a zod refinement with the rule's own words. */
function urlRule(value: string, ctx: z.core.$RefinementCtx<string>) {
  const verdict = checkUrl(value);
  if (!verdict.ok) ctx.addIssue({ code: 'custom', message: `Adressen har ${verdict.reason}. ${verdict.fix}` });
}

/** An https:// address of another site, e.g. a helpline's chat or a source. */
export const httpsUrl = () =>
  z.url({ protocol: /^https$/, error: 'Skriv en hel adress som börjar med https://, t.ex. https://mind.se/.' }).superRefine(urlRule);

/** A page on this site (`/…`) or an https:// address of another site, through the same rule. */
export const siteOrHttpsUrl = () =>
  z
    .string()
    .regex(/^(?:https:\/\/|\/(?!\/))/, { error: 'Skriv en sida på webbplatsen (/…) eller en hel adress som börjar med https://.' })
    .superRefine(urlRule);
