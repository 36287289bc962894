/**
 * The facts of the meeting itself: its front matter (and the people it lists), its date, and the next meeting. The
 * parser (`../parse.ts`) finds where each is written; these read them.
 */
import { parse as parseYaml } from 'yaml';
import { dateFromFileName, findDates, parseDate, type DateContext } from '../dates';
import { readSimpleFrontMatter } from '../frontMatter';
import type { MappedText } from '../markdown';
import type { LineIndex, MinutesDocument, NextMeeting, RosterEntry, RosterRole } from '../model';
import { parseRosterEntry, rosterEntry } from '../people';

export interface FrontMatter {
  /** The mapping it holds; empty when there is none, or it is no mapping. */
  data: Record<string, unknown>;
  /** Where it is in the source. */
  range: [number, number];
  /** Why it could not be read as a mapping (the `bad-front-matter` diagnostic). */
  error?: string;
}

/** Front matter between source offsets `start` and `end`, whose YAML text is `value`. */
export function readFrontMatter(value: string, start: number, end: number): FrontMatter {
  const range: [number, number] = [start, end];
  try {
    const data: unknown = readSimpleFrontMatter(value) ?? parseYaml(value);
    if (data && typeof data === 'object' && !Array.isArray(data)) return { data: data as Record<string, unknown>, range };
    if (data !== null && data !== undefined) return { data: {}, range, error: 'Front matter should be a YAML mapping (key: value lines).' };
    return { data: {}, range };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { data: {}, range, error: `Front matter is not valid YAML: ${message}` };
  }
}

/** The people front matter lists (`attendees:`, `apologies:`, `copies:`), each placed where it is written. */
export function rosterFromFrontMatter(frontMatter: FrontMatter, source: string, index: LineIndex): RosterEntry[] {
  const lists: [string, RosterRole][] = [
    ['attendees', 'attendee'],
    ['attended', 'attendee'],
    ['apologies', 'apology'],
    ['copies', 'copy'],
  ];
  const [start, end] = frontMatter.range;
  const roster: RosterEntry[] = [];
  for (const [key, role] of lists) {
    const value = frontMatter.data[key];
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
    for (const item of items) {
      if (typeof item !== 'string') continue;
      const parsed = parseRosterEntry(item);
      if (!parsed) continue;
      const at = source.indexOf(item.trim(), start);
      const range = at >= 0 && at < end ? index.range(at, at + item.trim().length) : index.range(start, end);
      roster.push(rosterEntry(parsed, role, range));
    }
  }
  return roster;
}

/** A string or number a front matter field holds, trimmed; undefined for anything else or an empty string. */
export function stringField(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Where the meeting's date may be written, in the order it is looked for. */
export interface DateSources {
  frontMatter: Record<string, unknown>;
  /** A `Date:` line's value. */
  dateLine?: string;
  title?: string;
  fileName?: string;
}

/** The meeting's date and where it came from: front matter, a `Date:` line, the title, then the file name. */
export function meetingDate(sources: DateSources, context: DateContext): Pick<MinutesDocument, 'date' | 'dateSource'> {
  const fromFrontMatter = sources.frontMatter.date;
  if (fromFrontMatter instanceof Date && !Number.isNaN(fromFrontMatter.getTime())) {
    return { date: fromFrontMatter.toISOString().slice(0, 10), dateSource: 'front-matter' };
  }
  const candidates: [string | undefined, MinutesDocument['dateSource']][] = [
    [stringField(fromFrontMatter), 'front-matter'],
    [sources.dateLine, 'date-line'],
    [sources.title, 'title'],
  ];
  for (const [text, source] of candidates) {
    if (!text) continue;
    const parsed = parseDate(text, context) ?? findDates(text, context)[0];
    if (parsed) return { date: parsed.iso, dateSource: source };
  }
  const fromName = sources.fileName ? dateFromFileName(sources.fileName.split(/[\\/]/).pop() ?? '') : undefined;
  return fromName ? { date: fromName, dateSource: 'file-name' } : {};
}

/** The next meeting from its section's (or label's) lines: date, time, place. */
export function readNextMeeting(lines: readonly MappedText[], sectionRange: [number, number] | undefined, index: LineIndex, context: DateContext): NextMeeting | undefined {
  if (!sectionRange && lines.length === 0) return undefined;
  const text = lines.map((line) => line.text).join('\n');
  const found = findDates(text, context)[0];
  const time = /\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b(?:\s*(?:to|-|–)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm))?|\b\d{1,2}:\d{2}\b(?:\s*(?:to|-|–)\s*\d{1,2}:\d{2}\b)?/i.exec(text);
  const place = /\bat\s+([^,(\n]+?)\s*(?:[,(\n]|$)/i.exec(time ? text.slice(time.index + time[0].length) : text);
  const range = sectionRange ?? [lines[0].start, lines[lines.length - 1].end];
  return {
    date: found?.iso,
    dateText: found?.text,
    time: time?.[0],
    place: place?.[1]?.trim() || undefined,
    range: index.range(range[0], range[1]),
  };
}
