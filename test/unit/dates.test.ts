import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { dateCorrections, dateFormOf, dateFromFileName, DATE_FORMS, editDistance, findDates, formatDate, monthNumber, parseDate, prevailingDateForm, toIso, daysInMonth, type DateContext } from '../../src/core/dates';

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

    it('never throws, whatever the text, and answers a real date or nothing', () => {
      const isRealDate = (iso: string): boolean => {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
        return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
      };
      // Random text, and text made of the pieces dates are made of (so that some of it reads as dates).
      const piece = (...options: string[]) => fc.constantFrom(...options);
      const dateLike = fc
        .tuple(piece('', 'Monday ', 'x '), piece('1', '03', '12', '29', '31', '32', '2008'), piece('/', '-', '.', ' ', 'th ', ' of '), piece('02', '13', 'June', 'Feb', 'Sept.', 'Smarch'), piece('', '/', '-', ' ', ', '), piece('', '07', '2008', '1999', '29'), piece('', '.', ' due', 'x'))
        .map((parts) => parts.join(''));
      const texts = fc.oneof({ arbitrary: fc.string({ maxLength: 60 }), weight: 1 }, { arbitrary: dateLike, weight: 3 });
      let read = 0;
      fc.assert(fc.property(texts, (text) => {
        const parsed = parseDate(text, meeting);
        if (parsed) read++;
        if (parsed) assert.ok(isRealDate(parsed.iso) && ['day', 'month'].includes(parsed.precision), `${JSON.stringify(text)} read as ${JSON.stringify(parsed)}`);
        for (const found of findDates(text, meeting)) {
          // Each find is a slice of the text that parseDate reads as the same date.
          assert.equal(text.slice(found.start, found.end), found.text);
          assert.equal(parseDate(found.text, meeting)?.iso, found.iso);
          assert.ok(isRealDate(found.iso), `${JSON.stringify(found.text)} found as ${found.iso}`);
        }
      }), { numRuns: 2000 });
      assert.ok(read > 5, `only ${read} of 2000 texts read as dates`);
      // Not vacuous: text that holds dates gets them back.
      assert.deepEqual(findDates('due 15 June 07 or 2007-06-20', meeting).map((d) => d.iso), ['2007-06-15', '2007-06-20']);
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

// parseDate skips the expressions that cannot match the text's first character and reads `YYYY-MM-DD` by position; it
// must give what trying every expression in turn gives (the reading below, as parseDate was written before).
describe('parseDate: quick paths', () => {
  const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
  const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?,?\\s+)?';
  const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
  const YEAR = "(?:,?\\s+'?(\\d{4}|\\d{2}))";
  const ISO_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
  const DAY_MONTH_RE = new RegExp(`^${WEEKDAY}${DAY}(?:\\s+of)?[\\s-]+${MONTH_NAME}${YEAR}?$`, 'i');
  const MONTH_DAY_RE = new RegExp(`^${WEEKDAY}${MONTH_NAME}\\s+${DAY}${YEAR}?$`, 'i');
  const MONTH_YEAR_RE = new RegExp(`^${MONTH_NAME}${YEAR}$`, 'i');
  const MONTH_SHORT_YEAR_RE = new RegExp(`^${MONTH_NAME}\\s+'?(\\d{2})$`, 'i');
  const NUMERIC_RE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$/;
  const MONTHS: Record<string, number> = {
    jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
    jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
    dec: 12, december: 12,
  };
  type Parsed = ReturnType<typeof parseDate>;
  const reference = (context: DateContext): string => context.meetingDate ?? context.today ?? '2024-01-01';
  const isValid = (y: number, m: number, d: number): boolean => y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  const dayDate = (y: number, m: number, d: number): Parsed => (isValid(y, m, d) ? { iso: toIso(y, m, d), precision: 'day' } : undefined);
  const expandYear = (text: string, context: DateContext): number => {
    const value = Number(text);
    if (text.length === 4) return value;
    const ref = Number(reference(context).slice(0, 4));
    const century = Math.floor(ref / 100) * 100;
    return [century - 100 + value, century + value, century + 100 + value].reduce((best, y) => (Math.abs(y - ref) < Math.abs(best - ref) ? y : best));
  };
  const daysBetween = (a: string, b: string): number => {
    const [y1, m1, d1] = a.split('-').map(Number);
    const [y2, m2, d2] = b.split('-').map(Number);
    return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
  };
  const yearless = (m: number, d: number, context: DateContext): number | undefined => {
    const ref = reference(context);
    const year = Number(ref.slice(0, 4));
    for (const candidate of [year, year + 1]) if (isValid(candidate, m, d) && daysBetween(ref, toIso(candidate, m, d)) >= -62) return candidate;
    return isValid(year + 1, m, d) ? year + 1 : undefined;
  };
  const monthOf = (name: string): number | undefined => MONTHS[name.toLowerCase().replace(/\.$/, '')];
  const monthDate = (monthText: string, yearText: string, context: DateContext): Parsed => {
    const m = monthOf(monthText);
    const y = expandYear(yearText, context);
    if (m === undefined || !isValid(y, m, 1)) return undefined;
    return { iso: toIso(y, m, daysInMonth(y, m)), precision: 'month' };
  };
  const namedDate = (d: number, monthText: string, yearText: string | undefined, context: DateContext): Parsed => {
    const m = monthOf(monthText);
    if (m === undefined) return undefined;
    const y = yearText === undefined ? yearless(m, d, context) : expandYear(yearText, context);
    return y === undefined ? undefined : dayDate(y, m, d);
  };
  const everyExpression = (input: string, context: DateContext): Parsed => {
    const text = input.trim().replace(/[.,;]$/, '').replace(/\s+/g, ' ');
    if (text.length === 0 || text.length > 40) return undefined;
    let match = ISO_RE.exec(text);
    if (match) return dayDate(Number(match[1]), Number(match[2]), Number(match[3]));
    match = DAY_MONTH_RE.exec(text);
    if (match) return namedDate(Number(match[1]), match[2], match[3], context);
    match = MONTH_SHORT_YEAR_RE.exec(text);
    if (match && (match[2].startsWith('0') || match[2] === reference(context).slice(2, 4))) return monthDate(match[1], match[2], context);
    match = MONTH_DAY_RE.exec(text);
    if (match) return namedDate(Number(match[2]), match[1], match[3], context);
    match = MONTH_YEAR_RE.exec(text);
    if (match) return monthDate(match[1], match[2], context);
    match = NUMERIC_RE.exec(text);
    if (!match) return undefined;
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = expandYear(match[3], context);
    const [d, m] = context.dayFirst ?? true ? [first, second] : [second, first];
    const parsed = dayDate(year, m, d);
    if (!parsed) return undefined;
    const other = dayDate(year, d, m);
    if (other && first !== second) parsed.ambiguous = { alternative: other.iso };
    return parsed;
  };
  const piece = fc.constantFrom(
    '2007', '2024', '07', '24', '1', '3', '12', '15', '31', '0', '9', '-', '/', '.', ',', ';', ':', "'", ' ', '  ', '\t', '\n', '\u00a0', '\u2003',
    'June', 'jun', 'JUNE', 'Sept', 'Feb', 'may', 'Mon', 'Tuesday,', 'wed.', 'of', 'st', 'th', '1st', '15th', 'x', 'é', '2007-06-15', '2024-02-30', '2024-1-5', '0000-00-00', '٣',
  );
  const text = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
  const context = fc.record({ meetingDate: fc.constantFrom(undefined, '2007-06-06', '2024-12-20', '1999-01-01'), dayFirst: fc.constantFrom(undefined, true, false) });

  it('monthNumber reads a name as dropping a full stop by expression does', () => {
    const name = fc.array(fc.constantFrom('Jun', 'june', 'SEPT', '.', '..', 'x', 'İ', ''), { maxLength: 3 }).map((parts) => parts.join(''));
    fc.assert(fc.property(name, (text) => assert.equal(monthNumber(text), MONTHS[text.toLowerCase().replace(/\.$/, '')], JSON.stringify(text))), { numRuns: 5000 });
  });

  it('gives what trying every expression in turn gives', () => {
    fc.assert(
      fc.property(text, context, (input, ctx) => {
        const dateContext: DateContext = { meetingDate: ctx.meetingDate, today: '2024-01-01', dayFirst: ctx.dayFirst };
        assert.deepEqual(parseDate(input, dateContext), everyExpression(input, dateContext), JSON.stringify(input));
      }),
      { numRuns: 30_000 },
    );
  });
});
