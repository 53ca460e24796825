/**
 * Build guard for content. Before Astro loads collections, every content file is validated and
 * all problems are reported at once with file, field, found and expected. Each MDX module is
 * checked again just before MDX compiles it, wherever the file lies (a page in content/ that is a
 * link to a file elsewhere, an .mdx file in src/pages/), so no expression, import, script or
 * unknown component ever reaches the compiler (an MDX expression would run on the build machine,
 * or in `astro dev` when the page is opened).
 *
 * Problems block in `astro dev` as in the build: while the content has problems, every page the
 * dev server is asked for is the formatted problem list (500), and no MDX module compiles (the
 * transform throws the list, which Astro shows as its error overlay). A change under content/ or
 * public/ makes the next request check the content again, so the site comes back once the
 * editor has fixed the files.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems, internalErrorMessage, problemsFromSafety, type ContentProblem } from '../lib/content-errors.ts';
import { checkMdx, contentRules } from '../lib/mdx-safety.ts';
import { checkContent } from '../lib/validate-content.ts';

export class ContentError extends Error {
  override name = 'ContentError';
  /**
   * `files`: the files the message is about. Astro's dev server answers a failed page with
   * `<title>{name}</title>` (the message itself goes to its error overlay), so the name says what
   * and where, without a character that would be markup there.
   */
  constructor(message: string, files: readonly string[] = []) {
    super(message);
    if (files.length) this.name = `Innehållet går inte att visa: ${files.join(', ').replace(/[<>&"']/g, '_')}`;
  }
}

/** The files a list of problems names, each once. */
const filesOf = (problems: readonly ContentProblem[]) => [...new Set(problems.map((p) => p.file))];

/** Every MDX module, wherever it lies (with Vite's `?query` suffixes). */
export const mdxModule = /\.mdx(\?.*)?$/;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The dev server's answer while the content has problems: the list the build would print, and a reload every few seconds. */
export function problemPage(report: string): string {
  return [
    '<!doctype html>',
    '<html lang="sv"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">',
    '<title>Innehållet går inte att visa</title></head>',
    '<body><main><h1>Innehållet går inte att visa</h1>',
    '<p>Rätta felen nedan. Sidan laddas om av sig själv och visar webbplatsen när innehållet är rätt.</p>',
    `<pre>${escapeHtml(report)}</pre></main></body></html>`,
  ].join('\n');
}

export default function contentGuard(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        const dev = command !== 'build';
        let problems: ContentProblem[];
        // MDX files the full check passed: in a build (one pass, no edits) the transform below
        // skips parsing them a second time when the file is still what was checked.
        let passed = new Map<string, string>();
        try {
          const checked = checkContent(root);
          problems = checked.problems;
          if (command === 'build') passed = checked.passedMdx;
          if (checked.warnings.length) logger.warn(`\n${formatProblems(checked.warnings, 'warning')}`);
        } catch (error) {
          // Not the editor's content: a fault in the check itself. Say so, and how to report it.
          console.error(internalErrorMessage(error));
          if (command === 'build') process.exit(2);
          throw error;
        }
        if (problems.length) {
          const report = formatProblems(problems);
          if (command === 'build') {
            // The editor's message and nothing else: a thrown error would end in Astro's stack trace.
            console.error(`\nInnehållet går inte att bygga.\n${report}\n`);
            process.exit(1);
          }
          logger.error(`${report}\n\nSidorna visar felen i stället för innehållet tills de är rättade.`);
        }

        // In dev: the content's problems now, checked again after a change under content/ or public/.
        let stale = false;
        let report = problems.length ? formatProblems(problems) : '';
        let reportFiles = filesOf(problems);
        const currentReport = (): string => {
          if (stale) {
            stale = false;
            try {
              const checked = checkContent(root);
              report = checked.problems.length ? formatProblems(checked.problems) : '';
              reportFiles = filesOf(checked.problems);
            } catch (error) {
              report = internalErrorMessage(error);
              reportFiles = [];
            }
          }
          return report;
        };
        const watched = (path: string) => {
          const inRoot = relative(root, path).split(sep).join('/');
          return inRoot.startsWith('content/') || inRoot.startsWith('public/') || inRoot === 'content' || inRoot === 'public';
        };

        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-guard:mdx',
                enforce: 'pre',
                configureServer(server: {
                  watcher: { on(event: 'all', listener: (event: string, path: string) => void): unknown };
                  middlewares: { use(handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): unknown };
                }) {
                  server.watcher.on('all', (_event, path) => {
                    if (watched(path)) stale = true;
                  });
                  // Before Astro's pages and Vite's files (public/ included): nothing is served while the content has problems.
                  server.middlewares.use((_req, res, next) => {
                    const current = currentReport();
                    if (!current) return next();
                    res.statusCode = 500;
                    res.setHeader('content-type', 'text/html; charset=utf-8');
                    res.setHeader('cache-control', 'no-store');
                    res.end(problemPage(current));
                  });
                },
                transform: {
                  filter: { id: mdxModule },
                  handler(_code: string, id: string) {
                    const path = id.split('?')[0] ?? id;
                    if (dev) {
                      const current = currentReport();
                      if (current) throw new ContentError(current, reportFiles);
                    }
                    // Read the file itself: whichever plugin ran first, we check what the editor wrote.
                    const source = readFileSync(path, 'utf8');
                    if (passed.get(path) === source.replace(/^\uFEFF/, '')) return null;
                    const found = checkMdx(source, contentRules);
                    if (found.length) {
                      const file = relative(root, path).split(sep).join('/');
                      throw new ContentError(formatProblems(problemsFromSafety(file, found)), [file]);
                    }
                    return null;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
