/** Task items: `- [ ] …` checkboxes, and which of them are actions. See docs/dialect.md, "Task items". */

/** A task item that names its owner first: `@mj …`, `Mark: …`, `Mark to …`. */
export const WRITTEN_OWNER = /^(?:@[\p{L}\p{N}._-]+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*(?::|—|–|\s-\s|\s+to\s|\s+will\s))/u;
