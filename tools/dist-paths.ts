/**
 * Between addresses and files of the built site (`dist/`), the way static hosts map them:
 * `/om/` is `om/index.html`, `/404.html` is itself, `/om` is found as `om/index.html` too.
 */

/** Address of a built HTML file: `urlPathOf('om/index.html')` → `/om/`; `urlPathOf('404.html')` → `/404.html`. */
export function urlPathOf(file: string): string {
  const rel = file.replace(/\\/g, '/').replace(/^\/+/, '');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/**
 * Files (relative to dist) a host would serve for an address, in the order it tries them.
 * `fileCandidates('/om/')` → `['om/index.html']`; `fileCandidates('/om')` → `['om', 'om.html', 'om/index.html']`.
 * The path is percent-decoded (`/%C3%A5/` is `å/index.html`).
 */
export function fileCandidates(pathname: string): string[] {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is looked up as written.
  }
  const rel = path.replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) return [`${rel}index.html`];
  return [rel, `${rel}.html`, `${rel}/index.html`];
}
