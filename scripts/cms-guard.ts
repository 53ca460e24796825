/**
 * What the local CMS server (scripts/cms-server.ts) lets decap-server do. decap-server itself only
 * keeps paths inside the repository, so without this the admin (or any process that can reach the
 * port) could overwrite `scripts/`, `package.json`, `astro.config.mjs` or `.git/config` (whose
 * `core.fsmonitor` runs a command at the next git call), upload HTML into `public/media/`, and read
 * `.env`. Every request decap-server would act on passes `checkCmsRequest` first:
 *
 * - writes (persistEntry, persistMedia, deleteFile, deleteFiles, and the drafts of the workflow) only
 *   to the files a content type reads (`src/schemas/index.ts`: its folder, the language folder of a
 *   translated type, its format's extension; a `files` type only its listed files) and to uploads
 *   directly in `public/media/` with an extension and content the media rules allow
 *   (`src/rules/media.ts`);
 * - reads (getEntry, entriesByFiles, entriesByFolder, getMedia, getMediaFile and the unpublished
 *   entry's files) only inside the content folders and `public/media/`;
 * - every path relative, in plain segments (no `..`, `.`, empty or dot-file segments, no `%`,
 *   backslash, colon or control character), and, resolved through the real path of its nearest
 *   existing parent (the file itself when it exists), still inside the folder it names (for a
 *   write: exactly itself, no symlink anywhere on the way): a symlink cannot lead out;
 * - in Git mode: only the branch that was checked out when the server started; a draft's collection
 *   is a registered type, its slug a plain file name (`[A-Za-z0-9_-]`, so `cms/<collection>/<slug>`
 *   is always a branch name and never a revision expression or an option), its status one of
 *   Decap's three.
 *
 * The verdict also lists the files a write touches: Git mode commits exactly those
 * (scripts/cms-git.ts), never `git add .`.
 */
import { lstat, realpath } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { contentTypes, type ContentType } from '../src/schemas/index.ts';
import { extensionOf, misplaced } from '../src/lib/entry-place.ts';
import { checkUpload, uploadExtension, uploadTypes } from '../src/rules/media.ts';
import { MEDIA_DIR } from '../src/lib/list-files.ts';

/** Decap's draft statuses (Utkast, Under granskning, Redo). */
export const WORKFLOW_STATUSES = ['draft', 'pending_review', 'pending_publish'] as const;

export interface GuardOptions {
  /** The repository folder decap-server edits. */
  root: string;
  mode: 'fs' | 'git';
  /** Git mode: the only branch requests may name (the one checked out at start). */
  branch?: string;
}

export type Verdict =
  | {
      ok: true;
      /** Repository-relative files this request writes or deletes (what Git mode commits). */
      writes: string[];
      /** Git mode, a draft save: the branch the draft is compared with (its removed uploads are committed too). */
      draftBase?: string;
      /** A listing whose answer must leave out files that resolve outside their folder. */
      listing?: 'entries' | 'media';
    }
  | { ok: false; message: string };

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const MEDIA_NAME = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,149}$/;
const SLUG = NAME;
const LABEL_PREFIX = /^[A-Za-z0-9][A-Za-z0-9/_-]{0,49}$/;
const BRANCH = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;

const contentFolders = contentTypes.map((t) => t.folder);
const uploadList = Object.keys(uploadTypes)
  .map((e) => `.${e}`)
  .join(', ');
const quote = (value: unknown) => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
};

const refuse = (message: string): Verdict => ({ ok: false, message: `Förbjudet: ${message}` });
const writeRefusal = (path: unknown) =>
  refuse(
    `CMS-servern sparar och tar bara bort innehållsfiler i ${contentFolders.join(', ')} (med den ändelse och på det ställe mappen läser: .mdx eller .yaml) och uppladdningar direkt i ${MEDIA_DIR}/ (${uploadList}). ${quote(path)} är inte en sådan fil.`,
  );
const readRefusal = (path: unknown) =>
  refuse(`CMS-servern läser bara filer i content/ och ${MEDIA_DIR}/. ${quote(path)} ligger utanför dem.`);

/**
 * A path's segments, when it is a plain relative path: no `..`, `.`, empty or dot-file segments, no
 * `%` (decap-server never decodes; a file called `%2e%2e` only confuses), no backslash or colon (a
 * separator or drive on Windows), no control character.
 */
export function plainSegments(path: unknown): string[] | undefined {
  if (typeof path !== 'string' || path.length === 0 || path.length > 400) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f-\u009f%\\:\u2028\u2029]/.test(path) || path.startsWith('/')) return undefined;
  const segments = path.split('/');
  return segments.every((s) => s !== '' && !s.startsWith('.')) ? segments : undefined;
}

const segmentsOf = (folder: string) => folder.split('/');
const startsWith = (segments: readonly string[], prefix: readonly string[]) => prefix.every((p, i) => segments[i] === p);

/**
 * The content type a path is an entry file of, or undefined: the content check's own placement rule
 * (src/lib/entry-place.ts: folder, language folder, extension, a `files` type's listed files), and
 * a plain file name.
 */
export function contentTypeOfFile(path: unknown): ContentType | undefined {
  const segments = plainSegments(path);
  if (!segments) return undefined;
  const type = (contentTypes as readonly ContentType[]).find((t) => startsWith(segments, segmentsOf(t.folder)));
  if (!type) return undefined;
  const inFolder = segments.slice(segmentsOf(type.folder).length).join('/');
  const stem = segments.at(-1)!.slice(0, -extensionOf(type).length);
  return !misplaced(type, inFolder) && NAME.test(stem) ? type : undefined;
}

/** Whether a path is an upload: a file directly in public/media/ with an allowed extension. */
export function isUploadPath(path: unknown): boolean {
  const segments = plainSegments(path);
  const folder = segmentsOf(MEDIA_DIR);
  if (!segments || segments.length !== folder.length + 1 || !startsWith(segments, folder)) return false;
  const name = segments.at(-1)!;
  return MEDIA_NAME.test(name) && uploadExtension(name) !== undefined;
}

/** The folder (content type folder or public/media) a readable path or folder lies in, or undefined. */
function readableFolder(path: unknown, { folderItself = false } = {}): string | undefined {
  const segments = plainSegments(path);
  if (!segments) return undefined;
  for (const folder of [...contentFolders, MEDIA_DIR]) {
    const prefix = segmentsOf(folder);
    if (startsWith(segments, prefix) && (segments.length > prefix.length || folderItself)) return folder;
  }
  return undefined;
}

/** Where a (lexical) absolute path really leads: the real path of its nearest existing part, plus the parts not there yet. */
async function realTarget(abs: string): Promise<string> {
  const missing: string[] = [];
  let existing = abs;
  for (;;) {
    try {
      await lstat(existing);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const parent = dirname(existing);
      if (parent === existing) throw error;
      missing.unshift(basename(existing));
      existing = parent;
    }
  }
  // A dangling symlink has no real path (realpath throws): it is refused, like any link out.
  return join(await realpath(existing), ...missing);
}

/** Whether `path` (relative to root), resolved through symlinks, is inside `folder` (relative), or is the folder when allowed. */
async function staysInside(root: string, path: string, folder: string, folderItself = false): Promise<boolean> {
  try {
    const realRoot = await realpath(root);
    const target = await realTarget(join(realRoot, path));
    const inside = join(realRoot, folder);
    return target.startsWith(inside + sep) || (folderItself && target === inside);
  } catch {
    return false;
  }
}

/** The same, synchronously, for filtering a listing decap-server has made. */
export function staysInsideSync(root: string, path: string): boolean {
  const folder = readableFolder(path);
  if (!folder) return false;
  try {
    const realRoot = realpathSync(root);
    const target = realpathSync(join(realRoot, path));
    return target.startsWith(join(realRoot, folder) + sep);
  } catch {
    return false;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a path (relative to root) has no symlink anywhere along it: its real path is itself, or would be once created. */
async function resolvesToItself(root: string, path: string): Promise<boolean> {
  try {
    const realRoot = await realpath(root);
    return (await realTarget(join(realRoot, path))) === join(realRoot, path);
  } catch {
    return false;
  }
}

async function checkWrite(root: string, path: unknown, { deleting = false } = {}): Promise<Verdict | undefined> {
  const type = contentTypeOfFile(path);
  const upload = !type && isUploadPath(path);
  if (!type && !upload) return writeRefusal(path);
  if (deleting && type?.kind === 'files')
    return refuse(`${quote(path)} är en fast fil som webbplatsen behöver (${type.label}); den kan ändras men inte tas bort.`);
  // Written where it says: a symlink on the way (the file, its language folder, the type's folder) could lead anywhere.
  if (!(await resolvesToItself(root, path as string)))
    return refuse(
      `${quote(path)} går via en symbolisk länk; CMS-servern skriver bara i ${upload ? `${MEDIA_DIR}/` : `${type!.folder}/`} självt.`,
    );
  return undefined;
}

async function checkRead(root: string, path: unknown): Promise<Verdict | undefined> {
  const folder = readableFolder(path);
  if (!folder || !(await staysInside(root, path as string, folder))) return readRefusal(path);
  return undefined;
}

async function checkReadFolder(root: string, path: unknown): Promise<Verdict | undefined> {
  const folder = readableFolder(path, { folderItself: true });
  if (!folder || !(await staysInside(root, path as string, folder, true))) return readRefusal(path);
  return undefined;
}

/** An upload's bytes: base64, and what its name says (the media rules of the admin and of `npm run validate`). */
function checkAsset(asset: unknown): Verdict | undefined {
  if (!isObject(asset)) return refuse('en uppladdning utan sökväg och innehåll.');
  if (asset.encoding !== 'base64' || typeof asset.content !== 'string')
    return refuse(`uppladdningen ${quote(asset.path)} ska skickas som base64.`);
  const verdict = checkUpload(basename(String(asset.path)), Buffer.from(asset.content, 'base64'));
  return verdict.ok ? undefined : refuse(`filen laddades inte upp: ${verdict.reason}. ${verdict.fix}`);
}

function checkKey(collection: unknown, slug: unknown): Verdict | undefined {
  if (typeof collection !== 'string' || !contentTypes.some((t) => t.name === collection))
    return refuse(`okänd samling ${quote(collection)}.`);
  if (typeof slug !== 'string' || !SLUG.test(slug))
    return refuse(`${quote(slug)} är inget giltigt namn på ett utkast: bara a–z, A–Z, 0–9, - och _, som ett filnamn.`);
  return undefined;
}

/** `collection/slug` as Decap writes an unpublished entry's id. */
function checkId(id: unknown): Verdict | undefined {
  if (typeof id !== 'string' || !id.includes('/')) return refuse(`okänt utkast ${quote(id)}.`);
  const at = id.indexOf('/');
  return checkKey(id.slice(0, at), id.slice(at + 1));
}

function checkStatus(status: unknown): Verdict | undefined {
  return (WORKFLOW_STATUSES as readonly unknown[]).includes(status)
    ? undefined
    : refuse(`okänd status ${quote(status)}; ett utkast är ${WORKFLOW_STATUSES.join(', ')}.`);
}

function checkLabelPrefix(prefix: unknown): Verdict | undefined {
  return prefix === undefined || (typeof prefix === 'string' && LABEL_PREFIX.test(prefix))
    ? undefined
    : refuse(`okänt etikettprefix ${quote(prefix)}.`);
}

/** The first refusal among checks, or undefined when all pass. */
async function first(...checks: (Verdict | undefined | Promise<Verdict | undefined>)[]): Promise<Verdict | undefined> {
  for (const check of checks) {
    const verdict = await check;
    if (verdict) return verdict;
  }
  return undefined;
}

async function all<T>(
  items: unknown,
  check: (item: T) => Promise<Verdict | undefined> | Verdict | undefined,
  what: string,
): Promise<Verdict | undefined> {
  if (!Array.isArray(items)) return refuse(`${what} ska vara en lista.`);
  for (const item of items) {
    const verdict = await check(item as T);
    if (verdict) return verdict;
  }
  return undefined;
}

async function checkPersistEntry(root: string, params: Record<string, unknown>, mode: GuardOptions['mode']): Promise<Verdict> {
  const options = isObject(params.options) ? params.options : {};
  const dataFiles = params.dataFiles ?? (params.entry === undefined ? undefined : [params.entry]);
  if (params.dataFiles !== undefined && params.entry !== undefined) return refuse('antingen entry eller dataFiles, inte båda.');
  const files: Record<string, unknown>[] = [];
  const refusal = await first(
    all<unknown>(
      dataFiles,
      async (file) => {
        if (!isObject(file)) return refuse('en innehållsfil utan sökväg.');
        files.push(file);
        if (typeof file.raw !== 'string' || file.raw.includes('\u0000')) return refuse(`innehållet i ${quote(file.path)} är inte text.`);
        const written = await checkWrite(root, file.path);
        if (written) return written;
        if (file.newPath === undefined) return undefined;
        // A new name in the same folder: Decap moves every file of the old folder to the new one.
        if (typeof file.newPath !== 'string' || dirname(file.newPath) !== dirname(file.path as string))
          return refuse(`${quote(file.path)} kan bara byta namn inom sin egen mapp, inte till ${quote(file.newPath)}.`);
        return checkWrite(root, file.newPath);
      },
      'dataFiles',
    ),
    all<unknown>(
      params.assets ?? [],
      async (a) =>
        isObject(a) && isUploadPath(a.path) ? first(checkWrite(root, a.path), checkAsset(a)) : writeRefusal(isObject(a) ? a.path : a),
      'assets',
    ),
  );
  if (refusal) return refusal;
  if (files.length === 0) return refuse('en sparning utan innehållsfil.');
  const assets = (params.assets ?? []) as { path: string }[];
  const writes = [
    ...files.flatMap((f) => [f.path as string, ...(typeof f.newPath === 'string' ? [f.newPath] : [])]),
    ...assets.map((a) => a.path),
  ];
  if (mode !== 'git' || options.useWorkflow !== true) return { ok: true, writes };
  // A draft: branch cms/<collection>/<slug>, with files of that collection only.
  const collection = options.collectionName;
  const draft = await first(checkKey(collection, files[0]!.slug), checkStatus(options.status), checkLabelPrefix(params.cmsLabelPrefix));
  if (draft) return draft;
  const type = contentTypes.find((t) => t.name === collection)!;
  const stranger = files.find((f) => contentTypeOfFile(f.path)?.name !== type.name);
  if (stranger) return refuse(`${quote(stranger.path)} hör inte till samlingen ${type.name} (${type.folder}/).`);
  return { ok: true, writes, draftBase: params.branch as string };
}

/** The verdict on one request body (already parsed JSON) decap-server would act on. */
export async function checkCmsRequest(body: unknown, options: GuardOptions): Promise<Verdict> {
  const { root, mode } = options;
  if (!isObject(body) || typeof body.action !== 'string') return refuse('en begäran ska vara ett JSON-objekt med en åtgärd (action).');
  const action = body.action;
  if (action === 'info') return { ok: true, writes: [] };
  const params = body.params;
  if (!isObject(params)) return refuse(`åtgärden ${quote(action)} saknar parametrar.`);
  if (mode === 'git') {
    if (!options.branch) return refuse('CMS-servern hittade ingen utcheckad gren när den startade (git checkout <gren>, starta sedan om).');
    if (params.branch !== options.branch || typeof params.branch !== 'string' || !BRANCH.test(params.branch))
      return refuse(
        `CMS-servern arbetar bara mot grenen ${quote(options.branch)}, den som var utcheckad när den startade, inte ${quote(params.branch)}.`,
      );
  }
  const ok = (writes: string[] = [], extra: Partial<Extract<Verdict, { ok: true }>> = {}): Verdict => ({ ok: true, writes, ...extra });
  const or = async (check: Promise<Verdict | undefined> | Verdict | undefined, verdict: Verdict) => (await check) ?? verdict;
  switch (action) {
    case 'entriesByFolder':
      return or(checkReadFolder(root, params.folder), ok([], { listing: 'entries' }));
    case 'entriesByFiles':
      return or(
        all<unknown>(params.files, (f) => checkRead(root, isObject(f) ? f.path : f), 'files'),
        ok(),
      );
    case 'getEntry':
    case 'getMediaFile':
      return or(checkRead(root, params.path), ok());
    case 'getMedia':
      return readableFolder(params.mediaFolder, { folderItself: true }) === MEDIA_DIR
        ? or(checkReadFolder(root, params.mediaFolder), ok([], { listing: 'media' }))
        : readRefusal(params.mediaFolder);
    case 'persistEntry':
      return checkPersistEntry(root, params, mode);
    case 'persistMedia': {
      const asset = isObject(params.asset) ? params.asset : {};
      if (!isUploadPath(asset.path)) return writeRefusal(asset.path);
      return or(first(checkWrite(root, asset.path), checkAsset(asset)), ok([asset.path as string]));
    }
    case 'deleteFile':
      return or(checkWrite(root, params.path, { deleting: true }), ok([params.path as string]));
    case 'deleteFiles':
      return or(
        all<unknown>(params.paths, (p) => checkWrite(root, p, { deleting: true }), 'paths'),
        ok(Array.isArray(params.paths) ? (params.paths as string[]) : []),
      );
    case 'getDeployPreview':
      return ok();
  }
  if (mode !== 'git') return refuse(`okänd åtgärd ${quote(action)}.`);
  // The editorial workflow: drafts named by collection and slug (or their id, collection/slug).
  switch (action) {
    case 'unpublishedEntries':
      return ok();
    case 'unpublishedEntry':
      return or(
        first(
          params.id !== undefined ? checkId(params.id) : undefined,
          params.id === undefined || params.collection !== undefined || params.slug !== undefined
            ? checkKey(params.collection, params.slug)
            : undefined,
        ),
        ok(),
      );
    case 'unpublishedEntryDataFile':
    case 'unpublishedEntryMediaFile':
      // Decap sends the file's own id here (its path, or '' for a file it has not listed), which
      // decap-server never reads: the draft is named by collection and slug, the file by path.
      return or(
        first(
          checkKey(params.collection, params.slug),
          params.id === undefined || typeof params.id === 'string' ? undefined : refuse(`okänt fil-id ${quote(params.id)}.`),
          checkRead(root, params.path),
        ),
        ok(),
      );
    case 'deleteUnpublishedEntry':
    case 'publishUnpublishedEntry':
      return or(checkKey(params.collection, params.slug), ok());
    case 'updateUnpublishedEntryStatus':
      return or(
        first(checkKey(params.collection, params.slug), checkStatus(params.newStatus), checkLabelPrefix(params.cmsLabelPrefix)),
        ok(),
      );
  }
  return refuse(`okänd åtgärd ${quote(action)}.`);
}
