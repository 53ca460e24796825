/**
 * The admin's reader thread (admin/cms/read-ahead.ts): parses content files with the same
 * functions as the formats Decap calls (admin/cms/save.ts), so the editor's page does not freeze
 * while a collection of a thousand entries is read.
 */
import { contentRules } from '../../src/lib/mdx-safety.ts';
import { answerRead, type ReadRequest } from './read-ahead.ts';

self.onmessage = ({ data }: MessageEvent<ReadRequest>) => answerRead(data, contentRules, (result) => self.postMessage(result));
