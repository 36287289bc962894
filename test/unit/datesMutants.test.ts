import { strict as assert } from 'node:assert';
import { addDays, dateCorrections, dateFormOf, editDistance, endOfMonth, formatDate, formatLongDate, isRelativeDue, parseDate, resolveRelativeDue, todayIso } from '../../src/core/dates';

// Cases that came from the surviving mutants of src/core/dates.ts (issue #22): each is something a reader of minutes
// could see go wrong (a due date, a suggested fix, the form a date is rewritten in).
describe('dates: what the mutants showed untested', () => {
  const meeting = { meetingDate: '2007-06-06' }; // a Wednesday

  it('reads no date from a malformed ISO-like text (a sign, a space or a stray full stop in a number)', () => {
    for (const text of ['2007-+6-15', '2007- 6-15', '2007-6.-15', '2007-06-+5', '0999-06-15', '2007-00-10', '2007-06-00', 'June 0999', '119/12/2007', '19/12/20071']) {
      assert.equal(parseDate(text, meeting), undefined, text);
    }
    assert.equal(parseDate('1000-01-01', meeting)?.iso, '1000-01-01');
    assert.equal(parseDate('9999-12-31', meeting)?.iso, '9999-12-31');
    // A two-digit year that would land past 9999 is no date (ISO cannot write it).
    assert.equal(parseDate('1 Jan 05', { meetingDate: '9990-06-01' }), undefined);
  });

  it('reads a long date whose words are spread out by extra spaces (as in a text table)', () => {
    const spread = 'Friday     22nd     of     June          2007';
    assert.ok(spread.length > 40);
    assert.equal(parseDate(`  ${spread}  `, meeting)?.iso, '2007-06-22');
    assert.equal(parseDate('Friday\t22nd\tof\tJune\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t2007', meeting)?.iso, '2007-06-22');
  });

  it('reads "June 05" as the month in 2005 and "June 10" as the tenth of June', () => {
    assert.deepEqual(parseDate('June 05', meeting), { iso: '2005-06-30', precision: 'month' });
    assert.deepEqual(parseDate('June 10', meeting), { iso: '2007-06-10', precision: 'day' });
  });

  it('takes a two-digit year exactly between two centuries as the earlier one', () => {
    assert.equal(parseDate('1 Jan 00', { meetingDate: '2050-06-01' })?.iso, '2000-01-01');
  });

  it('places a year-less date: 62 days before the meeting is still this year, 29 February the next leap year', () => {
    assert.equal(parseDate('5 April', meeting)?.iso, '2007-04-05');
    assert.equal(parseDate('4 April', meeting)?.iso, '2008-04-04');
    assert.equal(parseDate('29 February', { meetingDate: '2007-01-05' })?.iso, '2008-02-29');
    // No 29 February within the year after a meeting in March 2005: no date, not one in the past.
    assert.equal(parseDate('29 February', { meetingDate: '2005-03-01' }), undefined);
  });

  it('tells the form of a date with spaces and a full stop around it, of a year-less month-first date, and of no month', () => {
    assert.equal(dateFormOf('  15 June 2007. ', meeting), 'day-month-year');
    assert.equal(dateFormOf('2007-12-19.', meeting), 'iso');
    assert.equal(dateFormOf('June 15', meeting), 'month-day-year');
    assert.equal(dateFormOf('June 07', meeting), undefined, 'June 2007 is a month');
    assert.equal(dateFormOf('31/02/2008', meeting), undefined, 'not a date');
  });

  it('pads the month of a numeric date', () => {
    assert.equal(formatDate('2007-03-09', 'numeric', meeting), '09/03/2007');
    assert.equal(formatDate('2007-03-09', 'numeric-yy', { ...meeting, dayFirst: false }), '03/09/07');
  });

  it('formats long dates, month ends, today and days added', () => {
    assert.equal(formatLongDate('2007-06-15'), '15 June 2007');
    assert.equal(formatLongDate('2007-12-01'), '1 December 2007');
    assert.equal(formatLongDate('2008-02-29', 'month'), 'February 2008');
    assert.equal(formatLongDate('2007-6-5'), '5 June 2007', 'read as split gives it');
    assert.equal(endOfMonth('2008-02-10'), '2008-02-29');
    assert.equal(endOfMonth('2007-06-01'), '2007-06-30');
    assert.equal(todayIso(new Date(2024, 0, 5, 12)), '2024-01-05');
    assert.equal(todayIso(new Date(2024, 11, 31, 12)), '2024-12-31');
    assert.equal(addDays('2007-12-30', 3), '2008-01-02');
    assert.equal(addDays('2008-03-01', -1), '2008-02-29');
  });

  it('offers corrections of untrimmed text, with their precision, and none for a day 0 or 32 or a swap that is no date', () => {
    assert.deepEqual(dateCorrections(' 31.02.2008. ', meeting), [{ iso: '2008-02-29', precision: 'day', reason: 'last-day' }]);
    for (const hopeless of ['2008-02-00', '2008-02-32', '2008-31-02', '32 June 2007', '0 June 2007', '12008-02-30', '2008-02-301', 'Ju 15', 'Sun 15 2007', '15 Sopt 2007']) {
      assert.deepEqual(dateCorrections(hopeless, meeting), [], hopeless);
    }
  });

  it('offers the last day of a named month in the year written, or the meeting year when none is', () => {
    assert.deepEqual(dateCorrections('31 June 2009', meeting).map((c) => c.iso), ['2009-06-30']);
    assert.deepEqual(dateCorrections('31 June', meeting).map((c) => c.iso), ['2007-06-30']);
  });

  it('corrects a misspelt abbreviation, a misspelling ending in "st", and a five-letter word two slips away', () => {
    assert.deepEqual(dateCorrections('15 Jnu 2007', meeting).map((c) => [c.iso, c.reason]), [['2007-06-15', 'month-name']]);
    assert.deepEqual(dateCorrections('15 Augst 2007', meeting).map((c) => c.iso), ['2007-08-15']);
    assert.deepEqual(dateCorrections('15 Febry 2008', meeting).map((c) => c.iso), ['2008-02-15']);
  });

  it('corrects a misspelling that starts like an ordinal ("st") or a weekday ("Sun", "Sat")', () => {
    assert.deepEqual(dateCorrections('15 Steptember 2008', meeting).map((c) => c.iso), ['2008-09-15']);
    assert.deepEqual(dateCorrections('15 Sune 2008', meeting).map((c) => c.iso), ['2008-06-15']);
    assert.deepEqual(dateCorrections('15 Satember 2008', meeting).map((c) => c.iso), ['2008-09-15']);
  });

  it('measures edit distances from an empty word and between neighbours that are not swapped', () => {
    assert.equal(editDistance('', 'may'), 3);
    assert.equal(editDistance('jan', 'january'), 4);
    assert.equal(editDistance('a', 'abc'), 2);
    assert.equal(editDistance('ab', 'ca'), 2);
    assert.equal(editDistance('ab', 'bc'), 2);
    assert.equal(editDistance('ab', 'ba'), 1);
    assert.equal(editDistance('abcd', 'acbd'), 1);
  });

  describe('relative due dates', () => {
    const resolve = (text: string, nextMeetingDate?: string) => resolveRelativeDue(text, { ...meeting, nextMeetingDate });

    it('tells a relative due date from other words', () => {
      for (const text of ['next week', ' Next Week. ', 'the next week', 'in 2 weeks', 'within three days', 'in a day', 'in 10 days', 'today', 'Tomorrow;', 'Friday', 'wednesday,', 'the next TAC call', 'next meeting', 'the next Board & TAC plenary', 'next  week', 'the next T.A.C. call.', 'the  next  week', 'in  2  weeks', 'within  three  days', 'the  next  Board  meeting', 'the next W3C call']) {
        assert.ok(isRelativeDue(text), text);
      }
      for (const text of ['soon', 'in 100 days', 'in 2 months', 'next weekend', 'next week please', 'by email', 'the next one two three four meeting', 'withinn 2 days', 'Fridays', 'not next week', '']) {
        assert.ok(!isRelativeDue(text), text);
        assert.equal(resolve(text, '2007-06-20'), undefined, text);
      }
    });

    it('resolves each from the meeting date', () => {
      const cases: [string, string][] = [
        ['next week', '2007-06-13'],
        ['The  next week.', '2007-06-13'],
        [' next week ', '2007-06-13'],
        ['in 2 weeks', '2007-06-20'],
        ['within three days', '2007-06-09'],
        ['in a week', '2007-06-13'],
        ['in 10 days', '2007-06-16'],
        ['in one day', '2007-06-07'],
        ['today', '2007-06-06'],
        ['tomorrow', '2007-06-07'],
        ['Thursday', '2007-06-07'],
        ['Friday', '2007-06-08'],
        ['Saturday', '2007-06-09'],
        ['sunday', '2007-06-10'],
        ['Monday', '2007-06-11'],
        ['Tuesday', '2007-06-12'],
        ['Wednesday', '2007-06-13'],
      ];
      for (const [text, iso] of cases) assert.deepEqual(resolve(text), { iso, precision: 'day' }, text);
    });

    it('resolves "the next … meeting" to the next meeting only, and nothing without a meeting date', () => {
      assert.deepEqual(resolve('the next TAC call', '2007-06-20'), { iso: '2007-06-20', precision: 'day' });
    assert.deepEqual(resolve('the next T.A.C. call.', '2007-06-20'), { iso: '2007-06-20', precision: 'day' });
      assert.deepEqual(resolveRelativeDue('next meeting', { nextMeetingDate: '2007-06-20' }), { iso: '2007-06-20', precision: 'day' });
      assert.equal(resolve('the next TAC call'), undefined);
      assert.deepEqual(resolve('next week', undefined), { iso: '2007-06-13', precision: 'day' });
      for (const text of ['next week', 'today', 'Friday', 'in 2 days']) assert.equal(resolveRelativeDue(text, { nextMeetingDate: '2007-06-20' }), undefined, text);
    });
  });
});
