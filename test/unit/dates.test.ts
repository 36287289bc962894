import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { dateFromFileName, findDates, parseDate, toIso, daysInMonth } from '../../src/core/dates';

describe('dates', () => {
  const meeting = { meetingDate: '2007-06-06' };

  const cases: [string, string, 'day' | 'month'][] = [
    ['2007-06-15', '2007-06-15', 'day'],
    ['15 June 2007', '2007-06-15', 'day'],
    ['15 June 07', '2007-06-15', 'day'],
    ['15th June', '2007-06-15', 'day'],
    ['20 Dec 07', '2007-12-20', 'day'],
    ['Friday 22 June 2007', '2007-06-22', 'day'],
    ['June 22, 2007', '2007-06-22', 'day'],
    ['June 07', '2007-06-30', 'month'],
    ['July 07', '2007-07-31', 'month'],
    ['February 2008', '2008-02-29', 'month'],
    ['19/12/2007', '2007-12-19', 'day'],
    ['19/12/07', '2007-12-19', 'day'],
    ['1st of July', '2007-07-01', 'day'],
  ];
  for (const [text, iso, precision] of cases) {
    it(`reads "${text}" as ${iso} (${precision})`, () => {
      const parsed = parseDate(text, meeting);
      assert.ok(parsed, `${text} should parse`);
      assert.equal(parsed.iso, iso);
      assert.equal(parsed.precision, precision);
    });
  }

  it('rejects what is not a date', () => {
    for (const text of ['', 'soon', '31/02/2008', '2008-02-30', '32 June 2007', 'June', 'next week', '13/13/2007', 'by email']) {
      assert.equal(parseDate(text, meeting), undefined, text);
    }
  });

  it('resolves a year-less date to the next occurrence after the meeting', () => {
    assert.equal(parseDate('19th December', { meetingDate: '2007-12-13' })?.iso, '2007-12-19');
    assert.equal(parseDate('15 January', { meetingDate: '2007-12-13' })?.iso, '2008-01-15');
    // A date shortly before the meeting is taken as past, not as next year.
    assert.equal(parseDate('3 June', { meetingDate: '2007-06-06' })?.iso, '2007-06-03');
  });

  it('resolves two-digit years to the century nearest the meeting', () => {
    assert.equal(parseDate('1 Jan 99', { meetingDate: '2007-06-06' })?.iso, '1999-01-01');
    assert.equal(parseDate('1 Jan 08', { meetingDate: '2007-06-06' })?.iso, '2008-01-01');
  });

  it('reads numeric dates day first by default, month first when asked, and flags both readings', () => {
    const dayFirst = parseDate('03/04/2008', meeting);
    assert.equal(dayFirst?.iso, '2008-04-03');
    assert.equal(dayFirst?.ambiguous?.alternative, '2008-03-04');
    assert.equal(parseDate('03/04/2008', { ...meeting, dayFirst: false })?.iso, '2008-03-04');
    assert.equal(parseDate('19/12/2007', meeting)?.ambiguous, undefined);
    assert.equal(parseDate('04/04/2008', meeting)?.ambiguous, undefined);
  });

  it('finds dates inside a sentence', () => {
    const found = findDates('Next: Friday 22 June 2007, from 1pm, or else 2007-07-01.', meeting);
    assert.deepEqual(found.map((d) => d.iso), ['2007-06-22', '2007-07-01']);
    assert.equal(found[0].text, 'Friday 22 June 2007');
  });

  it('takes a date from a file name', () => {
    assert.equal(dateFromFileName('2007-06-06-exec.minutes.md'), '2007-06-06');
    assert.equal(dateFromFileName('minutes_20070606.md'), '2007-06-06');
    assert.equal(dateFromFileName('notes.md'), undefined);
    assert.equal(dateFromFileName('2007-13-45.md'), undefined);
  });

  describe('properties', () => {
    const validDate = fc
      .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .filter(({ year, month, day }) => day <= daysInMonth(year, month));

    it('never throws, whatever the text', () => {
      fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => {
        parseDate(text, meeting);
        findDates(text, meeting);
      }), { numRuns: 2000 });
    });

    it('every date it accepts round-trips through ISO', () => {
      fc.assert(fc.property(fc.string({ maxLength: 30 }), (text) => {
        const parsed = parseDate(text, meeting);
        if (parsed) assert.equal(parseDate(parsed.iso, meeting)?.iso, parsed.iso);
      }), { numRuns: 2000 });
    });

    it('reads every valid date written in each long form as the same day', () => {
      const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
      fc.assert(fc.property(validDate, ({ year, month, day }) => {
        const iso = toIso(year, month, day);
        const name = months[month - 1];
        for (const text of [iso, `${day} ${name} ${year}`, `${name} ${day}, ${year}`, `${day}/${month}/${year}`, `${day} ${name.slice(0, 3)} ${year}`]) {
          assert.equal(parseDate(text, meeting)?.iso, iso, text);
        }
      }), { numRuns: 1000 });
    });
  });
});
