/**
 * Builds the model's actions from what the parser found: a labelled line or a task item (`Candidate`), an action
 * table's row (`TableCandidate`), a commitment written as prose. Owners are resolved and every field placed in the
 * source; the parser (`../parse.ts`) walks the document and collects the candidates.
 */
import type { Content } from 'mdast';
import type { Action, ActionStatus, LineIndex, OwnerRef } from '../model';
import { MappedText } from '../markdown';
import { plainText, splitOwners, type PeopleResolver } from '../people';
import type { ProseCommitment } from '../proseActions';
import { statusOf } from './actionTables';
import { readDoneMarks } from './doneMarks';
import { readDue, splitDueClause, type DueContext } from './dueClauses';
import { splitOwnerPart, trailingOwner } from './ownerPhrases';
import { readId, readReview, type ReviewColumns } from './reviewTable';

export interface Candidate {
  kind: 'line' | 'task';
  body: MappedText;
  whole: [number, number];
  markerEnd: number;
  checked?: boolean;
  /** `ACTION 62.3:` */
  id?: string;
  /** The owner written in the label: `AI(Mark):`, `AI Felix:`. */
  labelOwner?: MappedText;
  /** Marked `AI:`, which is a speaker's initials when the roster has someone called AI. */
  ai?: boolean;
  /** Written under an "Actions from previous meetings" heading: a report on an earlier action. */
  review?: boolean;
  /** The owner the section's heading names ("## Jack" under "# Action Items"), for an item that names none first. */
  sectionOwner?: MappedText;
}


export interface TableCandidate {
  row: Content & { type: 'tableRow' };
  cells: (MappedText | undefined)[];
  columns: { owner: number; action: number; due?: number; status?: number };
  headerLine: number;
  /** The Ref and Agreed columns, and whether the table reviews earlier actions (see dialect/reviewTable.ts). */
  reference: ReviewColumns & { review: boolean };
}

/** One per parse: the document's line index, its people and the dates its due clauses are read against. */
export class ActionBuilder {
  constructor(
    private readonly source: string,
    private readonly index: LineIndex,
    private readonly resolver: PeopleResolver,
    private readonly context: DueContext,
  ) {}

  /** The action of an action table's row. */
  fromRow(candidate: TableCandidate): Action {
    const { row, cells, columns, reference } = candidate;
    const rowStart = row.position?.start.offset ?? 0;
    const rowEnd = row.position?.end.offset ?? 0;
    const missing = MappedText.of(this.source, rowEnd, rowEnd);
    const ownerCell = cells[columns.owner] ?? missing;
    const actionCell = cells[columns.action] ?? missing;
    const dueCell = columns.due === undefined ? undefined : cells[columns.due] ?? missing;
    const statusCell = columns.status === undefined ? undefined : cells[columns.status];

    const owners = this.owners(ownerCell);
    const due = dueCell && dueCell.text.trim() ? readDue(dueCell.text.trim(), this.context) : undefined;
    const refCell = reference.ref === undefined ? undefined : cells[reference.ref]?.text;
    const review = reference.review
      ? readReview({ ref: refCell, agreed: reference.agreed === undefined ? undefined : cells[reference.agreed]?.text, status: statusCell?.text })
      : undefined;
    const id = review ? undefined : readId(refCell);
    return {
      kind: 'table',
      range: this.index.range(rowStart, rowEnd),
      text: plainText(actionCell.text),
      textRange: this.index.range(actionCell.start, actionCell.end),
      owners,
      ownerRange: this.index.range(ownerCell.start, ownerCell.end),
      due: due?.parsed?.iso ?? null,
      dueText: dueCell && dueCell.text.trim() ? dueCell.text.trim() : null,
      duePrecision: due?.parsed?.precision ?? null,
      dueAmbiguous: due?.parsed?.ambiguous?.alternative,
      dueRelative: due?.relative,
      dueRange: dueCell ? this.index.range(dueCell.start, dueCell.end) : undefined,
      status: statusCell ? statusOf(statusCell.text) : 'open',
      statusRange: statusCell ? this.index.range(statusCell.start, statusCell.end) : undefined,
      id,
      review,
      table: { headerLine: candidate.headerLine, columns },
    };
  }

  /** The owners written in `text`, each resolved and placed. */
  owners(text: MappedText): OwnerRef[] {
    return splitOwners(text.text).map((part) => {
      const written = plainText(part.text).replace(/^@/, '');
      const resolution = this.resolver.resolve(written);
      const [start, end] = text.sourceSpan(part.start, part.end);
      return {
        text: written,
        person: 'person' in resolution ? resolution.person : undefined,
        ambiguous: 'ambiguous' in resolution ? resolution.ambiguous : undefined,
        range: this.index.range(start, end),
      };
    });
  }

  /** A commitment written as prose, read as an action (`proseActions: 'action'`): its owners, text and due clause. */
  fromProse(found: ProseCommitment): Action {
    const ownerText = MappedText.of(this.source, ...found.ownerSpan);
    let body = MappedText.of(this.source, ...found.textSpan);
    const dueClause = splitDueClause(body.text, this.context);
    const dueMapped = dueClause && body.slice(dueClause.dueStart, dueClause.dueEnd);
    if (dueClause) body = trimPunctuation(body.slice(0, dueClause.textEnd));
    return {
      kind: 'prose',
      range: this.index.range(found.start, found.end),
      text: plainText(body.text),
      textRange: this.index.range(body.start, body.end),
      owners: this.owners(ownerText),
      ownerRange: this.index.range(ownerText.start, ownerText.end),
      ...this.dueFields(dueClause?.dueText, dueMapped),
      status: 'open',
    };
  }

  /** An action's due fields, from the due clause its text ends in (if any) and where that is. */
  private dueFields(dueText: string | undefined, at: MappedText | undefined): Pick<Action, 'due' | 'dueText' | 'duePrecision' | 'dueAmbiguous' | 'dueRelative' | 'dueRange'> {
    const due = dueText === undefined ? undefined : readDue(dueText, this.context);
    return {
      due: due?.parsed?.iso ?? null,
      dueText: dueText ?? null,
      duePrecision: due?.parsed?.precision ?? null,
      dueAmbiguous: due?.parsed?.ambiguous?.alternative,
      dueRelative: due?.relative,
      dueRange: at ? this.index.range(at.start, at.end) : undefined,
    };
  }

  /** The action of a labelled line or a task item. */
  fromLine(candidate: Candidate): Action {
    const marks = readDoneMarks(candidate.body, candidate.checked === true);
    const done = marks.done;
    let body = marks.body;
    // Trailing due clause first, so that "by 15 June" never reads as part of the text.
    const dueClause = splitDueClause(body.text, this.context);
    let dueMapped: MappedText | undefined;
    if (dueClause) {
      dueMapped = body.slice(dueClause.dueStart, dueClause.dueEnd);
      body = body.slice(0, dueClause.textEnd);
    }
    body = trimPunctuation(body);

    let owners: OwnerRef[] = [];
    let ownerRange: [number, number] = [candidate.markerEnd, candidate.markerEnd];
    let text = body;
    const split = candidate.labelOwner || candidate.sectionOwner ? undefined : splitOwnerPart(body.text, this.resolver);
    const written = candidate.labelOwner ?? candidate.sectionOwner;
    if (written) {
      owners = this.owners(written);
      ownerRange = [written.start, written.end];
    } else if (split) {
      const ownerText = body.slice(split.ownerStart, split.ownerEnd);
      owners = this.owners(ownerText);
      ownerRange = [ownerText.start, ownerText.end];
      text = body.slice(split.textStart);
      // "A to update the repo, and B to update the tracking issue": B owns the action too.
      for (const [start, end] of split.more ?? []) owners.push(...this.owners(body.slice(start, end)));
    } else {
      const trailing = trailingOwner(body.text, this.resolver);
      if (trailing) {
        const ownerText = body.slice(trailing.ownerStart, trailing.ownerEnd);
        owners = this.owners(ownerText);
        ownerRange = [ownerText.start, ownerText.end];
        text = trimPunctuation(body.slice(0, trailing.textEnd));
      }
    }
    // The text alone struck through after its owner ("Ann: ~~send the file~~") is done as a whole line struck is.
    const own = text !== body ? readDoneMarks(text, false) : undefined;
    if (own?.done) text = own.body;
    const status: ActionStatus = done || own?.done ? 'done' : 'open';
    return {
      kind: candidate.kind,
      range: this.index.range(candidate.whole[0], candidate.whole[1]),
      text: plainText(text.text),
      textRange: this.index.range(text.start, text.end),
      owners,
      ownerRange: this.index.range(ownerRange[0], ownerRange[1]),
      ...this.dueFields(dueClause?.dueText, dueMapped),
      status,
      id: candidate.review ? undefined : candidate.id,
      review: candidate.review ? readReview({ ref: candidate.id, agreed: candidate.body.text, status: status === 'done' ? 'done' : undefined }) : undefined,
    };
  }
}

/** The text without trailing punctuation and white space. */
export function trimPunctuation(text: MappedText): MappedText {
  const match = /[\s,;:—–-]+$/.exec(text.text);
  return (match ? text.slice(0, match.index) : text).trim();
}
