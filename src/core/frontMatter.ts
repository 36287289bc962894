/**
 * Front matter made only of `key: plain words` lines (the common case) read without the YAML library, which costs
 * more than the rest of a small file's parse. Anything else (quotes, numbers, lists, comments, duplicate keys…) is
 * left to the library: `test/unit/frontMatter.test.ts` holds what is read here to what the library reads.
 */
import { copyOf } from './people';

const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]*): (\p{L}[\p{L}\p{N} .,()'’/-]*|\d{4}-\d{2}-\d{2})$/u;
const RESERVED = /^(?:true|false|null)$/i;

export function readSimpleFrontMatter(text: string): Record<string, string> | undefined {
  if (text === '') return undefined;
  const data: Record<string, string> = {};
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    const match = SIMPLE_LINE.exec(text.slice(from, to));
    if (!match) return undefined;
    const [, key, value] = match;
    if (Object.prototype.hasOwnProperty.call(data, key) || RESERVED.test(value) || / $/.test(value)) return undefined;
    // Copies, as the library's are: a slice would keep the whole file text alive in the model.
    data[copyOf(key)] = copyOf(value);
    from = to + 1;
  }
  return data;
}
