/**
 * Glob patterns as VS Code settings write them (`**\/*.minutes.md`, `**\/meetings/**\/*.md`, `{a,b}`), matched
 * against paths with forward slashes. Small on purpose: the core must run without Node or the editor.
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  let inGroup = false;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of folders, including none.
        const slash = glob[i + 2] === '/';
        pattern += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        pattern += '[^/]*';
      }
    } else if (char === '?') {
      pattern += '[^/]';
    } else if (char === '{') {
      inGroup = true;
      pattern += '(?:';
    } else if (char === '}' && inGroup) {
      inGroup = false;
      pattern += ')';
    } else if (char === ',' && inGroup) {
      pattern += '|';
    } else {
      pattern += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${pattern}$`);
}

export function isGlob(text: string): boolean {
  return /[*?{]/.test(text);
}

/** Does a relative path (forward slashes) match any of the globs? A glob without a slash matches the file name. */
export function matchesAny(path: string, globs: readonly string[]): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return globs.some((glob) => compiled(glob).test(glob.includes('/') ? path : name));
}

/** Globs compiled once: a folder of ten thousand files asks about the same few globs ten thousand times. */
const compiledGlobs = new Map<string, RegExp>();

function compiled(glob: string): RegExp {
  let pattern = compiledGlobs.get(glob);
  if (pattern === undefined) {
    if (compiledGlobs.size >= 256) compiledGlobs.clear(); // settings hold a handful; never grow without bound
    pattern = globToRegExp(glob);
    compiledGlobs.set(glob, pattern);
  }
  return pattern;
}

export const DEFAULT_MINUTES_GLOB = '**/*.minutes.md';
