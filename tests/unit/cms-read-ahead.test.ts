/**
 * Reading ahead (admin/cms/read-ahead.ts): the files a backend lists are parsed by the reader thread
 * into the formats' read caches, so Decap's own call of the format finds them parsed and the page
 * does not freeze on a large collection. The reader gives what the formats give; a reader that
 * fails or is missing leaves the parsing to the formats, as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerRead, readAhead, READ_BATCH, readerKind, unread, type ReadRequest, type ReadResult } from '../../admin/cms/read-ahead.ts';
import { cachedReads, readCaches } from '../../admin/cms/save.ts';
import { cleanYamlFormat, safeMdxFormat } from '../../admin/cms/safe-mdx.ts';
import { contentRules } from '../../src/lib/mdx-safety.ts';

const page = readFileSync('content/pages/sv/om.mdx', 'utf8');
const helpline = readFileSync('content/helplines/bris.yaml', 'utf8');

/** A stand-in for the Web Worker: answers like read-worker.ts does, one message at a time, later. */
function fakeWorker(log: ReadRequest[] = []) {
  const worker = {
    onmessage: null as ((event: MessageEvent<ReadResult>) => void) | null,
    onerror: null as (() => void) | null,
    postMessage(request: ReadRequest) {
      log.push(request);
      answerRead(request, contentRules, (result) => setTimeout(() => worker.onmessage?.({ data: result } as MessageEvent<ReadResult>)));
    },
  };
  return worker as unknown as Worker;
}

describe('read ahead', () => {
  it('knows a file kind by its extension', () => {
    expect([readerKind('content/pages/sv/a.mdx'), readerKind('b.yaml'), readerKind('c.yml'), readerKind('d.json')]).toEqual([
      'mdx',
      'yaml',
      'yaml',
      undefined,
    ]);
  });

  it('the reader gives what the formats give, in batches', () => {
    const results: ReadResult[] = [];
    const texts = Array.from({ length: READ_BATCH + 1 }, (_, i) => `${page}\n${i}`);
    answerRead({ id: 1, kind: 'mdx', texts }, contentRules, (r) => results.push(r));
    expect(results.map((r) => [r.start, r.data.length, r.done])).toEqual([
      [0, READ_BATCH, false],
      [READ_BATCH, 1, true],
    ]);
    expect(results[1]!.data[0]).toEqual(safeMdxFormat(contentRules).fromFile(texts.at(-1)!));
    answerRead({ id: 2, kind: 'yaml', texts: [helpline, 'a: [', ''] }, contentRules, (r) => results.push(r));
    expect(results.at(-1)!.data).toEqual([cleanYamlFormat().fromFile(helpline), null, {}]);
  });

  it('fills the caches, so the format does not parse the listed files on the page', async () => {
    const caches = readCaches();
    const sent: ReadRequest[] = [];
    const warm = readAhead(caches, () => fakeWorker(sent));
    const files = [
      { file: { path: 'content/pages/sv/om.mdx' }, data: page },
      { file: { path: 'content/pages/en/om.mdx' }, data: page },
      { file: { path: 'content/helplines/bris.yaml' }, data: helpline },
    ];
    await warm(files);
    // Each distinct text once, per kind.
    expect(sent.map((r) => [r.kind, r.texts.length])).toEqual([
      ['mdx', 1],
      ['yaml', 1],
    ]);
    expect(unread(files, caches).size).toBe(0);
    let parses = 0;
    const mdx = safeMdxFormat(contentRules);
    const format = cachedReads({ ...mdx, fromFile: (text) => (parses++, mdx.fromFile(text)) }, caches.mdx);
    expect(format.fromFile(page)).toEqual(mdx.fromFile(page));
    expect(parses).toBe(0);
    // Read before: nothing is sent again.
    await warm(files);
    expect(sent).toHaveLength(2);
  });

  it('without a working reader thread nothing is warmed and nothing waits', async () => {
    const caches = readCaches();
    const files = [{ file: { path: 'a.mdx' }, data: page }];
    await readAhead(caches, () => {
      throw new Error('no workers here');
    })(files);
    expect(caches.mdx.has(page)).toBe(false);
    const failing = { postMessage() {}, onerror: null as (() => void) | null } as unknown as Worker;
    const warm = readAhead(caches, () => (setTimeout(() => failing.onerror?.(new Event('error') as ErrorEvent)), failing));
    await warm(files);
    expect(caches.mdx.has(page)).toBe(false);
    // A listing that is not a list (a backend's other answer) is passed over.
    await warm(undefined as never);
  });
});
