/**
 * Series: the minutes of one committee, meeting after meeting. Files belong to one series when they share a title
 * apart from its dates and numbers ("DacCom Executive — 6 June 2007", "DacCom Executive — 22 June 2007"), or when they
 * lie in one folder whose files do not name two different meetings. A series is ordered by meeting date.
 */
import { findDates } from './dates';
import type { MinutesDocument } from './model';

/** One minutes file, as the workspace index (or the CLI) holds it: `key` a URI or a path with `/` separators. */
export interface SeriesFile {
  key: string;
  path: string;
  document: MinutesDocument;
}

export interface Series<F extends SeriesFile = SeriesFile> {
  /** Stable while the series keeps its first file and its title: the folder and the title's key. */
  id: string;
  /** The title of its latest meeting that has one (else the folder's name). */
  title: string;
  /** By meeting date; files with no date come last, by path. */
  files: F[];
}

const WEEKDAYS = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;
const FILLER = /\b(?:minutes|meeting held on|held on|record of|notes|meeting no|no|meeting number|number|call|of|the|on|for|dated)\b/gi;

/** The part of a title that names the meeting, not the occasion: dates, weekdays, numbers and filler words dropped. */
export function titleKey(title: string | undefined): string | undefined {
  if (!title) return undefined;
  let text = title;
  for (const found of findDates(text).reverse()) text = text.slice(0, found.start) + ' ' + text.slice(found.end);
  const key = text
    .replace(WEEKDAYS, ' ')
    .replace(/#?\d+(?:st|nd|rd|th)?\b/gi, ' ')
    .replace(FILLER, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key || undefined;
}

/** The folder part of a key or path (`/` or `\` separated), without a trailing separator. */
export function folderOf(key: string): string {
  const at = Math.max(key.lastIndexOf('/'), key.lastIndexOf('\\'));
  return at < 0 ? '' : key.slice(0, at);
}

/** Meeting order: by date, then undated by path. */
export function compareMeetings(a: SeriesFile, b: SeriesFile): number {
  const dateA = a.document.date;
  const dateB = b.document.date;
  if (dateA !== dateB) {
    if (dateA === undefined) return 1;
    if (dateB === undefined) return -1;
    return dateA < dateB ? -1 : 1;
  }
  return a.path.localeCompare(b.path);
}

/** Groups files into series. Every file is in exactly one series (a file on its own is a series of one). */
export function findSeries<F extends SeriesFile>(files: readonly F[]): Series<F>[] {
  const parent = files.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const keys = files.map((file) => titleKey(file.document.title));
  const byTitle = new Map<string, number>();
  const byFolder = new Map<string, number[]>();
  files.forEach((file, i) => {
    // A file with no meeting date cannot be put in order: it is a series of its own (two scratch notes in one
    // folder are not one committee's meetings).
    if (file.document.date === undefined) return;
    const key = keys[i];
    if (key !== undefined) {
      const first = byTitle.get(key);
      if (first === undefined) byTitle.set(key, i);
      else union(first, i);
    }
    const folder = folderOf(file.key);
    const members = byFolder.get(folder);
    if (members) members.push(i);
    else byFolder.set(folder, [i]);
  });
  // A folder whose titled files all name the same meeting is that meeting's folder: its untitled files join it.
  for (const members of byFolder.values()) {
    const titles = new Set(members.map((i) => keys[i]).filter((key) => key !== undefined));
    if (titles.size <= 1) for (const i of members.slice(1)) union(members[0], i);
  }
  const groups = new Map<number, F[]>();
  files.forEach((file, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(file);
    else groups.set(r, [file]);
  });
  const result: Series<F>[] = [];
  for (const [first, members] of groups) {
    members.sort(compareMeetings);
    const titled = [...members].reverse().find((file) => file.document.title);
    const folder = folderOf(files[first].key);
    result.push({
      id: `${folder}|${keys[first] ?? ''}`,
      title: titled?.document.title ?? (folder.split(/[\\/]/).pop() || members[0].path),
      files: members,
    });
  }
  return result.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** The series a file is in, and its place there. */
export function seriesOf<F extends SeriesFile>(all: readonly Series<F>[], key: string): { series: Series<F>; index: number } | undefined {
  for (const series of all) {
    const index = series.files.findIndex((file) => file.key === key);
    if (index >= 0) return { series, index };
  }
  return undefined;
}
