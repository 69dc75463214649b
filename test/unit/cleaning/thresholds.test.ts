import {describe, expect, it} from 'vitest';
import {DEFAULT_THRESHOLDS, resolveThresholds} from '../../../source/cleaning/thresholds.js';
import {UserError} from '../../../source/errors.js';

describe('cleaning thresholds', () => {
  it('has the research defaults', () => {
    expect(DEFAULT_THRESHOLDS).toMatchObject({
      frontWordsOptimal: 15,
      frontWordsMax: 25,
      frontCharsMax: 200,
      backWordsOptimal: 15,
      backWordsMax: 30,
      backCharsMax: 300,
      codeLinesOptimal: 5,
      codeLinesMax: 10,
      gradeAMin: 90,
      gradeBMin: 75,
      gradeCMin: 60,
      gradeDMin: 40,
    });
  });

  it('returns the defaults without overrides', () => {
    expect(resolveThresholds()).toEqual(DEFAULT_THRESHOLDS);
  });

  it('applies overrides and ignores undefined ones', () => {
    const t = resolveThresholds({backWordsOptimal: 5, backWordsMax: 15, frontWordsMax: undefined});
    expect(t).toMatchObject({backWordsOptimal: 5, backWordsMax: 15, frontWordsMax: 25});
    expect(Object.isFrozen(t)).toBe(true);
  });

  it.each([
    [{backWordsMax: -1}, /backWordsMax must be a whole number/],
    [{backWordsMax: 2.5}, /backWordsMax must be a whole number/],
    [{frontWordsOptimal: 30}, /frontWordsOptimal \(30\) exceeds frontWordsMax \(25\)/],
    [{gradeBMin: 95}, /gradeBMin \(95\) exceeds gradeAMin/],
    [{gradeAMin: 101}, /gradeAMin must be at most 100/],
    [{colour: 3} as never, /Unknown cleaning threshold "colour"/],
  ])('rejects %j', (overrides, message) => {
    let caught: unknown;
    try {
      resolveThresholds(overrides);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).message).toMatch(message);
    expect((caught as UserError).hint).toMatch(/nls\.config\.json/);
  });
});
