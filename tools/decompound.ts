/**
 * Splits Swedish compound words into their parts, for search: "stödlinjen" → stöd + linjen,
 * "återhämtningsguiden" → återhämtning + guiden. Pagefind matches a query against the start of
 * words only, so "linje" never finds "stödlinje" unless the parts are indexed too.
 *
 * The word list is the Swedish Hunspell dictionary (npm `dictionary-sv`, LibreOffice's Swedish
 * dictionary), which marks what may begin (`COMPOUNDBEGIN`), sit inside (`COMPOUNDMIDDLE`) and end
 * (`COMPOUNDEND`) a compound, and has suffix rules that make the linking forms ("återhämtning" +
 * s → "återhämtnings-"). A split is accepted only when every part is such a word of at least
 * three letters; the last part may carry an inflection ("-en", "-erna"). Pure over the two files'
 * text, so tests can run it on a small dictionary of their own.
 */

/** Endings the last part may carry beyond its dictionary form: "linje" in "stödlinjen", "stödlinjerna". */
const endings = [
  'a',
  'e',
  'n',
  'r',
  's',
  't',
  'ar',
  'en',
  'er',
  'et',
  'na',
  'or',
  'ns',
  'ade',
  'ens',
  'ets',
  'rna',
  'arna',
  'erna',
  'orna',
];

/** The shortest part a split may have: "ö", "ur" and "te" would split almost anything. */
const minPart = 3;

export interface Splitter {
  /** The parts of a compound, in order, each as the dictionary writes it (the last one as in the word); `undefined` when it is not one. */
  split(word: string): string[] | undefined;
}

interface AffixRule {
  strip: string;
  add: string;
  flags: string;
  condition: RegExp;
}

/** The flags named on a directive line of the affix file (`COMPOUNDBEGIN X`). */
function directive(aff: string, name: string): string | undefined {
  return new RegExp(`^${name}\\s+(\\S+)`, 'm').exec(aff)?.[1];
}

function suffixRules(aff: string): Map<string, AffixRule[]> {
  const rules = new Map<string, AffixRule[]>();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    // A rule line has five fields: SFX flag strip add[/flags] condition; the header has four.
    if (parts[0] !== 'SFX' || parts.length < 5) continue;
    const [, flag, strip, addWithFlags, condition] = parts as [string, string, string, string, string];
    const [add = '', flags = ''] = addWithFlags.split('/');
    const list = rules.get(flag) ?? [];
    list.push({ strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, flags, condition: new RegExp(`${condition}$`) });
    rules.set(flag, list);
  }
  return rules;
}

/** A splitter from the text of a Hunspell `.aff` and `.dic` file that declare compound flags. */
export function createSplitter(aff: string, dic: string): Splitter {
  const begin = directive(aff, 'COMPOUNDBEGIN') ?? '';
  const middle = directive(aff, 'COMPOUNDMIDDLE') ?? '';
  const end = directive(aff, 'COMPOUNDEND') ?? '';
  const rules = suffixRules(aff);
  /** A form that may begin or sit inside a compound → the word it is a form of. */
  const heads = new Map<string, string>();
  const tails = new Set<string>();
  const canJoin = (flags: string) => (begin && flags.includes(begin)) || (middle && flags.includes(middle));
  for (const line of dic.split('\n').slice(1)) {
    const slash = line.indexOf('/');
    const word = (slash === -1 ? line : line.slice(0, slash)).trim().toLocaleLowerCase('sv');
    const flags = slash === -1 ? '' : line.slice(slash + 1).trim();
    if (word.length < minPart || !/^\p{L}+$/u.test(word)) continue;
    if (canJoin(flags) && !heads.has(word)) heads.set(word, word);
    if (end && flags.includes(end)) tails.add(word);
    for (const flag of flags) {
      for (const rule of rules.get(flag) ?? []) {
        if (!canJoin(rule.flags) || !rule.condition.test(word) || !word.endsWith(rule.strip)) continue;
        const form = word.slice(0, word.length - rule.strip.length) + rule.add;
        if (!heads.has(form)) heads.set(form, word);
      }
    }
  }
  const isTail = (rest: string) =>
    rest.length >= minPart &&
    (tails.has(rest) || endings.some((e) => rest.length - e.length >= minPart && rest.endsWith(e) && tails.has(rest.slice(0, -e.length))));

  function split(word: string): string[] | undefined {
    if (word.length < 2 * minPart) return undefined;
    // The longest first part first: "återhämtnings|guiden", not "åter|hämtningsguiden".
    for (let i = word.length - minPart; i >= minPart; i--) {
      const head = heads.get(word.slice(0, i));
      if (!head) continue;
      const rest = word.slice(i);
      if (isTail(rest)) return [head, rest];
      const more = split(rest);
      if (more) return [head, ...more];
    }
    return undefined;
  }
  return { split: (word) => split(word.toLocaleLowerCase('sv')) };
}
