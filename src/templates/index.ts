/**
 * The templates of each content type with pages: `section` renders the type's section page
 * (`/hjalplinjer/`) with `{ locale, alternates }`, `entry` one entry's page with `{ entry }`. The one
 * route (src/pages/[...slug].astro) walks the registry and renders these; a new type adds its
 * templates here and needs no route file. A test checks that every type whose registry `route`
 * promises a page has its template here.
 */
import type { FolderTypeName } from '../schemas/index.ts';
import CoursePage from './CoursePage.astro';
import CoursesSection from './CoursesSection.astro';
import EventPage from './EventPage.astro';
import EventsSection from './EventsSection.astro';
import GuideChapterPage from './GuideChapterPage.astro';
import GuidePartPage from './GuidePartPage.astro';
import GuideSection from './GuideSection.astro';
import DocumentPage from './DocumentPage.astro';
import DocumentsSection from './DocumentsSection.astro';
import HelplinesPage from './HelplinesPage.astro';
import NewsPage from './NewsPage.astro';
import NewsSection from './NewsSection.astro';
import Page from './Page.astro';
import ResearchPage from './ResearchPage.astro';
import ResearchSection from './ResearchSection.astro';

type Template = (props: never) => unknown;

export const templates: Partial<Record<FolderTypeName, { section?: Template; entry?: Template }>> = {
  pages: { entry: Page },
  helplines: { section: HelplinesPage },
  courses: { section: CoursesSection, entry: CoursePage },
  events: { section: EventsSection, entry: EventPage },
  research: { section: ResearchSection, entry: ResearchPage },
  guide: { section: GuideSection, entry: GuideChapterPage },
  guideParts: { entry: GuidePartPage },
  news: { section: NewsSection, entry: NewsPage },
  documents: { section: DocumentsSection, entry: DocumentPage },
};
