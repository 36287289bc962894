// A Word document written by the `docx` library, as a secretary's minutes would be: a title, bold labels, a roster
// whose affiliations are footnote marks, numbered items as headings, an action table, a bulleted list, commitments in
// prose and the next meeting. `npm run fixtures:docx` writes it to test/fixtures/import/ for the real-host tests.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

const label = (text: string, rest = ''): Paragraph => new Paragraph({ children: [new TextRun({ text, bold: true }), ...(rest ? [new TextRun(rest)] : [])] });
const row = (cells: string[]): TableRow => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) });

export function minutesDocx(): Promise<Buffer> {
  const document = new Document({
    creator: 'Minutes tests',
    sections: [
      {
        children: [
          new Paragraph({ text: 'Ashwell Parish Council', heading: HeadingLevel.TITLE }),
          new Paragraph('Minutes of a meeting held on 14 March 2024 at the Village Hall'),
          label('Present:'),
          new Paragraph('Helen Carter'),
          new Paragraph('Oliver Grant #'),
          new Paragraph('Priya Natarajan #'),
          new Paragraph('Tom Baker *'),
          new Paragraph('# Ashwell Parish Council'),
          new Paragraph('* Hertfordshire County Council'),
          label('Apologies:', ' Sam Wilson, Rachel Adams'),
          new Paragraph({ text: '1. Summary of actions agreed', heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              row(['Owner', 'Action', 'Due']),
              row(['Clerk', 'Write to the county council about the footpath by the church.', '31 March 2024']),
              row(['OG', 'Get three quotes for the new bench.', 'April 2024']),
            ],
          }),
          new Paragraph({ text: '2. Footpaths', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Residents reported:'),
          new Paragraph({ text: 'The footpath by the church is overgrown', bullet: { level: 0 } }),
          new Paragraph({ text: 'A stile on the Icknield Way is broken', bullet: { level: 0 } }),
          new Paragraph('Priya volunteered to survey the stiles before the next meeting. Tom Baker will ask the county council when the verges are cut.'),
          label('Any other business'),
          new Paragraph('The Clerk will circulate the new standing orders.'),
          new Paragraph({ text: '3. Next meeting', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Thursday 11 April 2024, 7.30pm at the Village Hall'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
