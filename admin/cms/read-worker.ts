/**
 * The admin's reader thread (admin/cms/read-ahead.ts): parses content files with the same
 * functions as the formats Decap calls (admin/cms/save.ts), so the editor's page does not freeze
 * while a collection of a thousand entries is read. Answers in small batches, so that receiving
 * them is short work too. A text that does not parse is answered `null`: the format parses it
 * again on the page and reports the error there, as without this thread.
 */
import { contentRules } from '../../src/lib/mdx-safety.ts';
import { BODY_FIELD } from './collections.ts';
import { cleanYamlFormat, safeMdxFormat } from './safe-mdx.ts';
import type { ReadRequest, ReadResult } from './read-ahead.ts';

const readers = { mdx: safeMdxFormat(contentRules, BODY_FIELD), yaml: cleanYamlFormat() };
const BATCH = 50;

self.onmessage = ({ data: request }: MessageEvent<ReadRequest>) => {
  const reader = readers[request.kind];
  for (let start = 0; start < request.texts.length; start += BATCH) {
    const data = request.texts.slice(start, start + BATCH).map((text) => {
      try {
        return reader.fromFile(text);
      } catch {
        return null;
      }
    });
    const result: ReadResult = { id: request.id, start, data, done: start + BATCH >= request.texts.length };
    self.postMessage(result);
  }
  if (request.texts.length === 0) self.postMessage({ id: request.id, start: 0, data: [], done: true } satisfies ReadResult);
};
