/**
 * The components MDX content may use, passed to `<Content components={contentComponentMap} />`.
 * Must have exactly the keys of `contentComponents` in src/schemas/content-components.ts (the
 * whitelist the safety check enforces); the type below makes a missing one a type error.
 */
import type { ContentComponentName } from '../../schemas/content-components.ts';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Document from './Document.astro';
import HelplineRef from './HelplineRef.astro';
import InaccessibleDocuments from './InaccessibleDocuments.astro';
import Link from './Link.astro';
import MediaImage from './MediaImage.astro';
import Reflection from '../guide/Reflection.astro';
import SafetyPlan from '../guide/SafetyPlan.astro';

export const contentComponentMap: Record<ContentComponentName, unknown> & { a: unknown; img: unknown } = {
  Callout,
  HelplineRef,
  Document,
  Cite,
  Reflection,
  SafetyPlan,
  InaccessibleDocuments,
  // Not a component editors write: what Markdown links render as (rel="noreferrer" to other sites).
  a: Link,
  // Not one either: what Markdown images render as (converted, sized and lazy; MediaImage.astro).
  img: MediaImage,
};
