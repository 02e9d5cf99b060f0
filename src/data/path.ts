/**
 * Dotted paths into JSON: `a.b.0.c`, `_embedded["wp:featuredmedia"][0].source_url`.
 * Paths are compiled once; reading is a loop over keys.
 */
const compiled = new Map<string, string[]>();

export function compilePath(path: string): string[] {
  let keys = compiled.get(path);
  if (!keys) {
    keys = [];
    const re = /\[\s*(?:"([^"]*)"|'([^']*)'|(\d+))\s*\]|([^.[\]]+)/g;
    for (const m of path.matchAll(re)) keys.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
    compiled.set(path, keys);
  }
  return keys;
}

/** The value at `path` ('' is the value itself), or undefined. */
export function getPath(value: unknown, path: string): unknown {
  let v = value;
  for (const key of compilePath(path)) {
    if (v == null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** The first path (of one or several) that holds a value other than null/undefined/''. */
export function firstPath(value: unknown, paths: string | string[] | undefined): unknown {
  if (paths === undefined) return undefined;
  if (typeof paths === 'string') {
    const v = getPath(value, paths);
    return v != null && v !== '' ? v : undefined;
  }
  for (const p of paths) {
    const v = getPath(value, p);
    if (v != null && v !== '') return v;
  }
  return undefined;
}
