import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { dateCorrections, dateFormOf, dateFromFileName, DATE_FORMS, editDistance, findDates, formatDate, parseDate, prevailingDateForm, toIso, daysInMonth, type DateContext } from '../../src/core/dates';

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


  it('tells the form a date is written in, and which form prevails', () => {
    assert.deepEqual(
      ['2007-12-19', '15 June 2007', '15th June', 'Friday 22 June 2007', '15 June 07', '20 Dec 07', 'June 15, 2007', 'June 15, 07', '19/12/2007', '19.12.07', 'June 2007', 'soon'].map((t) => dateFormOf(t, meeting)),
      ['iso', 'day-month-year', 'day-month-year', 'day-month-year', 'day-month-yy', 'day-month-yy', 'month-day-year', 'month-day-yy', 'numeric', 'numeric-yy', undefined, undefined],
    );
    assert.equal(prevailingDateForm(['15 June 2007', '2007-06-01', '1 July 2007', 'soon', '31/02/2008'], meeting), 'day-month-year');
    assert.equal(prevailingDateForm(['19/12/2007', '15 June 2007'], meeting), 'numeric', 'a tie goes to the form written first');
    assert.equal(prevailingDateForm(['soon', 'June 2007'], meeting), 'iso', 'nothing readable: ISO');
  });

  it('formats a date in each form', () => {
    assert.deepEqual(DATE_FORMS.map((form) => formatDate('2007-12-09', form, meeting)), ['2007-12-09', '9 December 2007', '9 December 07', 'December 9, 2007', 'December 9, 07', '09/12/2007', '09/12/07']);
    assert.equal(formatDate('2007-12-09', 'numeric', { ...meeting, dayFirst: false }), '12/09/2007');
    assert.equal(formatDate('1890-01-05', 'day-month-yy', meeting), '5 January 1890', 'a two-digit year would read as 1990');
    assert.equal(formatDate('2008-02-29', 'iso', meeting, 'month'), 'February 2008');
  });

  it('finds plausible corrections of an unreadable date', () => {
    const corrections = (text: string, context: DateContext = meeting) => dateCorrections(text, context).map((c) => [c.iso, c.reason]);
    assert.deepEqual(corrections('31/02/2008'), [['2008-02-29', 'last-day']]);
    assert.deepEqual(corrections('2008-02-30'), [['2008-02-29', 'last-day']]);
    assert.deepEqual(corrections('31 June 2007'), [['2007-06-30', 'last-day']]);
    assert.deepEqual(corrections('2008-13-01'), [['2008-01-13', 'swapped']]);
    assert.deepEqual(corrections('12/31/2008'), [['2008-12-31', 'swapped']]);
    assert.deepEqual(corrections('31/12/2008', { ...meeting, dayFirst: false }), [['2008-12-31', 'swapped']]);
    assert.deepEqual(corrections('Smarch 12'), [['2008-03-12', 'month-name']]);
    assert.deepEqual(corrections('15 Jnue 2007'), [['2007-06-15', 'month-name']]);
    assert.deepEqual(corrections('Febuary 2008'), [['2008-02-29', 'month-name']]);
    assert.equal(dateCorrections('Febuary 2008', meeting)[0].precision, 'month');
    for (const hopeless of ['soon', 'next week', 'TBC', '32/13/2008', '2008-02-29', '']) assert.deepEqual(corrections(hopeless), [], hopeless);
    assert.equal(editDistance('jnue', 'june'), 1);
    assert.equal(editDistance('smarch', 'march'), 1);
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

    it('a date formatted in any form reads back as the same date, in either day/month order', () => {
      const meetingDate = validDate.map(({ year, month, day }) => toIso(year, month, day));
      fc.assert(fc.property(validDate, meetingDate, fc.constantFrom(...DATE_FORMS), fc.boolean(), ({ year, month, day }, meetingIso, form, dayFirst) => {
        const iso = toIso(year, month, day);
        const context = { meetingDate: meetingIso, dayFirst };
        const text = formatDate(iso, form, context);
        assert.equal(parseDate(text, context)?.iso, iso, text);
        // A two-digit year that would read as another century is written in full.
        const fullYear = { 'day-month-yy': 'day-month-year', 'month-day-yy': 'month-day-year', 'numeric-yy': 'numeric' } as Record<string, string>;
        assert.equal(dateFormOf(text, context), /\d{4}$/.test(text) ? (fullYear[form] ?? form) : form, text);
      }), { numRuns: 2000 });
    });

    it('every correction it offers is a readable date', () => {
      fc.assert(fc.property(fc.string({ maxLength: 30 }), fc.boolean(), (text, dayFirst) => {
        for (const correction of dateCorrections(text, { ...meeting, dayFirst })) assert.ok(parseDate(correction.iso, meeting), correction.iso);
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

describe('daysInMonth', () => {
  it('gives what a Date gives, for every month of years -50 to 10050 and months out of range', () => {
    for (let year = -50; year <= 10_050; year++) {
      for (let month = -1; month <= 14; month++) assert.equal(daysInMonth(year, month), new Date(Date.UTC(year, month, 0)).getUTCDate(), `${year}-${month}`);
    }
  });
});
