/** `npm run validate`: report every content problem in one run; exit 1 if there is any. */
import { formatProblems, internalErrorMessage } from '../src/lib/content-errors.ts';
import { validateContent } from '../src/lib/validate-content.ts';

const root = process.argv[2] ?? process.cwd();
try {
  const problems = validateContent(root);
  if (problems.length) {
    console.error(formatProblems(problems));
    process.exit(1);
  }
  console.log('Innehållet är giltigt: inga fel.');
} catch (error) {
  console.error(internalErrorMessage(error));
  process.exit(2);
}
