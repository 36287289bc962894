/**
 * Pathological shapes of minutes (issue #18): each a function of a size, so that the property tests can use them
 * small and the benchmark full-size. None is a realistic file; each is one an odd file may hold.
 */
export interface Shape {
  name: string;
  /** The text for a size. */
  make: (size: number) => string;
  /** The size the benchmark reads (about 100 KB or more) and the largest the unit tests generate. */
  full: number;
  small: number;
}

const roster = '## Attended\n\n- Mark Jones (MJ)\n- Rita Singh (RS)\n\n';
const action = 'ACTION: MJ — call the surgery. Due: 15 June 07\n';

export const SHAPES: Shape[] = [
  { name: 'nested block quotes', make: (n) => '>'.repeat(n) + ' ' + action, full: 100_000, small: 3000 },
  { name: 'nested block quotes, spaced', make: (n) => '> '.repeat(n) + action, full: 50_000, small: 1500 },
  { name: 'nested lists on one line', make: (n) => '- '.repeat(n) + action, full: 50_000, small: 1500 },
  { name: 'nested ordered lists on one line', make: (n) => '1. '.repeat(n) + action, full: 33_000, small: 1000 },
  { name: 'lists nested by indentation', make: (n) => Array.from({ length: n }, (_, i) => '  '.repeat(i) + '- [ ] @MJ task').join('\n'), full: 300, small: 60 },
  { name: 'quotes and lists interleaved', make: (n) => '> - '.repeat(n) + action, full: 25_000, small: 800 },
  { name: 'nested emphasis', make: (n) => '*a '.repeat(n) + 'x' + ' a*'.repeat(n) + '\n\n' + action, full: 16_000, small: 800 },
  { name: 'run of [', make: (n) => '['.repeat(n) + '\n\n' + action, full: 100_000, small: 5000 },
  { name: 'run of ]', make: (n) => ']'.repeat(n) + '\n\n[a]: https://example.com\n\n' + action, full: 100_000, small: 5000 },
  { name: 'run of [ with a definition', make: (n) => '['.repeat(n) + '\n\n[a]: https://example.com\n\n' + action, full: 100_000, small: 5000 },
  { name: 'lines of [ in one paragraph', make: (n) => '[\n'.repeat(n) + '\n' + action, full: 50_000, small: 2000 },
  { name: 'unclosed links', make: (n) => '[a]('.repeat(n) + '\n\n' + action, full: 25_000, small: 1000 },
  { name: 'run of |', make: (n) => '|'.repeat(n) + '\n' + '|-'.repeat(Math.min(n, 50)) + '\n\n' + action, full: 100_000, small: 5000 },
  { name: 'run of backticks of growing length', make: (n) => Array.from({ length: n }, (_, i) => '`'.repeat(i + 1) + 'a').join(''), full: 440, small: 80 },
  { name: 'run of `', make: (n) => '`'.repeat(n) + '\n\n' + action, full: 100_000, small: 5000 },
  { name: 'run of *', make: (n) => '*'.repeat(n) + ' ' + action, full: 100_000, small: 5000 },
  { name: 'a* b* pairs', make: (n) => 'a* '.repeat(n) + '\n\n' + action, full: 33_000, small: 1500 },
  { name: 'run of spaces', make: (n) => ' '.repeat(n) + action, full: 100_000, small: 5000 },
  { name: 'run of <', make: (n) => '<'.repeat(n) + '\n\n' + action, full: 100_000, small: 5000 },
  { name: 'one long line', make: (n) => 'Mark will call. '.repeat(n) + action, full: 65_000, small: 2000 },
  { name: 'a long action line', make: (n) => 'ACTION: MJ — ' + 'call the surgery and '.repeat(n) + 'report. Due: 15 June 07\n', full: 50_000, small: 1500 },
  {
    name: 'a long table',
    make: (n) => roster + '| Owner | Action | Due |\n|---|---|---|\n' + Array.from({ length: n }, (_, i) => `| MJ | item ${i} [link](x) *now* | 15 June 07 |\n`).join(''),
    full: 100_000,
    small: 1000,
  },
  { name: 'a long roster', make: (n) => '## Attended\n\n' + Array.from({ length: n }, (_, i) => `- Person Number${i} (P${i})\n`).join('') + '\n' + action, full: 20_000, small: 500 },
  { name: 'many AI labels', make: (n) => roster + Array.from({ length: n }, (_, i) => `AI: MJ to do thing ${i}\n\n`).join(''), full: 5000, small: 300 },
  { name: 'many dates', make: (n) => roster + 'ACTION: MJ — ' + Array.from({ length: n }, (_, i) => `${(i % 28) + 1} June 07, `).join('') + 'Due: 15 June 07\n', full: 10_000, small: 400 },
  { name: 'many task items', make: (n) => roster + Array.from({ length: n }, (_, i) => `- [ ] @MJ task ${i} due: 2007-06-15\n`).join(''), full: 5000, small: 400 },
  // One paragraph of many lines, each a commitment in prose: where each starts was found by a scan of the lines.
  { name: 'many commitments on the lines of one paragraph', make: (n) => roster + Array.from({ length: n }, (_, i) => `Mark will call the surgery ${i}.\n`).join(''), full: 36_000, small: 400 },
  { name: 'two commitments in each sentence of one paragraph', make: (n) => 'Mark will call the surgery, and Rita will email the board. '.repeat(n), full: 18_000, small: 200 },
  { name: 'a transcript of speaker lines', make: (n) => Array.from({ length: n }, (_, i) => `${['AB', 'CD', 'EF'][i % 3]}: I will write the text ${i}.\n\n`).join(''), full: 30_000, small: 300 },
  { name: 'prose of tabs', make: (n) => 'Mark will call\tthe surgery about the room.\t'.repeat(n), full: 2400, small: 100 },
  // Lazy continuation lines: remark reads each by a look back over the paragraph it continues.
  { name: 'a quote and many lazy lines', make: (n) => '> ' + action + 'Mark will call the surgery.\n'.repeat(n), full: 36_000, small: 400 },
  { name: 'a list item and many lazy lines', make: (n) => '- [ ] @MJ call\n' + 'Mark will call the surgery.\n'.repeat(n), full: 36_000, small: 400 },
  { name: 'a link definition, then a list item and many lazy lines', make: (n) => '[a]: https://example.com\n\n- [ ] @MJ call\n' + 'Mark will call the surgery.\n'.repeat(n), full: 36_000, small: 400 },
  { name: 'many link definitions', make: (n) => Array.from({ length: n }, (_, i) => `[l${i}]: https://example.com/${i}\n`).join('') + '\n' + action, full: 8000, small: 200 },
  { name: 'many footnote definitions', make: (n) => Array.from({ length: n }, (_, i) => `[^${i}]: note ${i}\n`).join('') + '\n' + action, full: 8000, small: 200 },
  { name: 'many headings', make: (n) => Array.from({ length: n }, (_, i) => `## Action items ${i}\n\n- MJ to call\n\n`).join(''), full: 5000, small: 300 },
];
