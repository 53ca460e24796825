/**
 * Build guard for content. Before Astro loads collections, every content file is validated and
 * all problems are reported at once with file, field, found and expected. During the build, each
 * MDX body is checked again just before MDX compiles it, so no expression, import, script or
 * unknown component ever reaches the compiler (an MDX expression would run on the build machine).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems, internalErrorMessage, problemsFromSafety, type ContentProblem } from '../lib/content-errors.ts';
import { checkMdx, contentRules } from '../lib/mdx-safety.ts';
import { checkContent } from '../lib/validate-content.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export default function contentGuard(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
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
          logger.error(report);
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-guard:mdx',
                enforce: 'pre',
                transform: {
                  filter: { id: /\/content\/.*\.mdx(\?.*)?$/ },
                  handler(_code: string, id: string) {
                    const path = id.split('?')[0] ?? id;
                    // Read the file itself: whichever plugin ran first, we check what the editor wrote.
                    const source = readFileSync(path, 'utf8');
                    if (passed.get(path) === source.replace(/^\uFEFF/, '')) return null;
                    const problems = checkMdx(source, contentRules);
                    if (problems.length) {
                      const file = relative(root, path);
                      throw new ContentError(formatProblems(problemsFromSafety(file, problems)));
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
