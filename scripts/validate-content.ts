/**
 * `npm run validate`: every content problem in one run (exit 1 if there is any), and the warnings
 * (allowed but worth a look; they never fail). The build runs the same check.
 */
import { formatProblems, internalErrorMessage } from '../src/lib/content-errors.ts';
import { checkContent } from '../src/lib/validate-content.ts';

const root = process.argv[2] ?? process.cwd();
try {
  const { problems, warnings } = checkContent(root);
  if (warnings.length) console.warn(`${formatProblems(warnings, 'warning')}\n`);
  if (problems.length) {
    console.error(formatProblems(problems));
    process.exit(1);
  }
  console.log(
    `Innehållet är giltigt: inga fel${warnings.length ? `, ${warnings.length} ${warnings.length === 1 ? 'varning' : 'varningar'}` : ''}.`,
  );
} catch (error) {
  console.error(internalErrorMessage(error));
  process.exit(2);
}
