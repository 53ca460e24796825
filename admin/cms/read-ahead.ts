/**
 * Reading ahead, off the main thread: when the backend has fetched a collection's files (a list, a
 * search, a relation field's options), the texts not read before are parsed in a Web Worker
 * (read-worker.ts) and put in the formats' read caches (save.ts), so that Decap's own call of the
 * format, right after, finds them parsed. A 1,000-page collection then no longer parses on the page
 * in one long task. If the worker is missing or fails, nothing is warmed and the format parses on
 * the page as before.
 */
import { BODY_FIELD } from './collections.ts';
import { cleanYamlFormat, safeMdxFormat, type SafeMdxRules } from './safe-mdx.ts';
import type { ReadCache, ReadCaches } from './save.ts';

export interface ReadRequest {
  id: number;
  kind: keyof ReadCaches;
  texts: string[];
}
export interface ReadResult {
  id: number;
  start: number;
  data: (Record<string, unknown> | null)[];
  done: boolean;
}

/** Texts answered per message: receiving a batch on the page is short work too. */
export const READ_BATCH = 50;

/**
 * The reader thread's answer to a request (read-worker.ts): each text parsed by the same function as
 * the formats Decap calls (every MDX format reads alike, and so does every YAML format), in batches.
 * A text that does not parse is answered `null`: the format parses it again on the page and reports
 * the error there, as without the reader thread.
 */
export function answerRead(request: ReadRequest, rules: SafeMdxRules, post: (result: ReadResult) => void): void {
  const reader = request.kind === 'mdx' ? safeMdxFormat(rules, BODY_FIELD) : cleanYamlFormat();
  const { id, texts } = request;
  if (texts.length === 0) post({ id, start: 0, data: [], done: true });
  for (let start = 0; start < texts.length; start += READ_BATCH) {
    const data = texts.slice(start, start + READ_BATCH).map((text) => {
      try {
        return reader.fromFile(text);
      } catch {
        return null;
      }
    });
    post({ id, start, data, done: start + READ_BATCH >= texts.length });
  }
}

/** What the backend lists: a file's path and its text. */
export interface ListedFile {
  file: { path: string };
  data?: string;
}

/** The kind of reader a file needs, by its extension; undefined for files no custom format reads. */
export function readerKind(path: string): keyof ReadCaches | undefined {
  if (path.endsWith('.mdx')) return 'mdx';
  if (path.endsWith('.yaml') || path.endsWith('.yml')) return 'yaml';
  return undefined;
}

/** The texts of `files` that `caches` has not read yet, by kind, each once. */
export function unread(files: readonly ListedFile[], caches: ReadCaches): Map<keyof ReadCaches, string[]> {
  const result = new Map<keyof ReadCaches, Set<string>>();
  for (const { file, data } of files) {
    const kind = readerKind(file.path);
    if (!kind || typeof data !== 'string' || caches[kind].has(data)) continue;
    if (!result.has(kind)) result.set(kind, new Set());
    result.get(kind)!.add(data);
  }
  return new Map([...result].map(([kind, texts]) => [kind, [...texts]]));
}

/** A reader thread to send texts to, and how long to wait for it before parsing on the page instead. */
export function readAhead(caches: ReadCaches, startWorker: () => Worker, timeoutMs = 60_000) {
  let worker: Worker | undefined;
  let broken = false;
  let next = 0;
  const pending = new Map<number, { cache: ReadCache; texts: string[]; done: () => void }>();

  function thread(): Worker | undefined {
    if (worker || broken) return worker;
    try {
      worker = startWorker();
    } catch {
      broken = true;
      return undefined;
    }
    worker.onmessage = ({ data: result }: MessageEvent<ReadResult>) => {
      const job = pending.get(result.id);
      if (!job) return;
      result.data.forEach((data, i) => {
        if (data) job.cache.set(job.texts[result.start + i]!, data);
      });
      if (result.done) job.done();
    };
    worker.onerror = () => {
      broken = true;
      for (const job of pending.values()) job.done();
      pending.clear();
    };
    return worker;
  }

  function read(kind: keyof ReadCaches, texts: string[]): Promise<void> {
    const target = thread();
    if (!target) return Promise.resolve();
    const id = next++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(), timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        pending.delete(id);
        resolve();
      };
      pending.set(id, { cache: caches[kind], texts, done: finish });
      target.postMessage({ id, kind, texts } satisfies ReadRequest);
    });
  }

  /** Parses what `files` holds that was not read before; resolves when the caches have it (or on failure). */
  return async function warm(files: readonly ListedFile[]): Promise<void> {
    if (!Array.isArray(files)) return;
    await Promise.all([...unread(files, caches)].map(([kind, texts]) => read(kind, texts)));
  };
}
