/** Done marks: `[x]`, ~~struck through~~, `(done)`, `— done`, `(completed 2020-09-22)`. See docs/dialect.md, "Done". */
import type { MappedText } from '../markdown';

/** Annotations that mark a written action done: `(done)`, `(completed 2020-09-22, …)`, `— done`, `[done]`, `[This task was done.]`. */
export const DONE_NOTE = /\((?:done|complete|completed|finished)\b[^()]*\)|\[(?:done|completed?)\]|\[[^[\]]{0,40}\b(?:was|is|been)\s+(?:done|completed)\b[^[\]]*\]|\s(?:[—–-]|:)\s*(?:done|completed)\s*[.!]?$/i;

/**
 * Reads the marks around an action's text that say it is done, and takes them off the text: the emphasis around the
 * whole text (`Action: **Invite Steven Loomis …**`, no mark of done), ~~strikethrough~~, a trailing `(done)`.
 */
export function readDoneMarks(text: MappedText, checked: boolean): { body: MappedText; done: boolean } {
  let body = text;
  let done = checked;
  // `Action: **Invite Steven Loomis …**`: the emphasis around the whole text is no part of it.
  const wrapped = /^\s*(\*\*|__)(?!\s)([\s\S]*?\S)\1\s*[.!]?\s*$/.exec(body.text);
  if (wrapped && !wrapped[2].includes(wrapped[1])) {
    const at = body.text.indexOf(wrapped[1]) + 2;
    body = body.slice(at, at + wrapped[2].length);
  }
  // ~~struck through~~ is done; so is a trailing `(done)` / `— done`, which is no part of the text.
  const struck = /^\s*~~([\s\S]+)~~\s*[.!]?\s*$/.exec(body.text);
  if (struck) {
    done = true;
    const at = body.text.indexOf('~~') + 2;
    body = body.slice(at, at + struck[1].length);
  }
  const note = DONE_NOTE.exec(body.text);
  if (note) {
    done = true;
    if (body.text.slice(note.index + note[0].length).trim() === '') body = body.slice(0, note.index);
  }
  return { body, done };
}
