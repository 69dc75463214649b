import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {ankiDayNumber, dayNumberToIso, utcOffsetMinutes} from '../../../source/anki/anki-day.js';
import {describeAnkiDay} from '../../../source/config/anki-day-settings.js';
import {loadConfig} from '../../../source/config/load-config.js';
import {isUserError} from '../../../source/errors.js';
import {daysElapsed} from '../../fakes/anki-timing.js';
import {wallTime} from '../../helpers/fsrs-oracle.js';

const home = mkdtempSync(path.join(os.tmpdir(), 'nls-anki-day-'));
afterAll(() => rmSync(home, {recursive: true, force: true}));

describe('Anki day numbers', () => {
  const cases: Array<[zone: string, wall: string, day: string]> = [
    ['Asia/Tokyo', '2026-03-05T03:59', '2026-03-04'],
    ['Asia/Tokyo', '2026-03-05T04:00', '2026-03-05'],
    ['America/New_York', '2026-03-08T01:30', '2026-03-07'], // the night DST starts
    ['America/New_York', '2026-03-08T05:00', '2026-03-08'],
    ['UTC', '2026-12-31T23:59', '2026-12-31'],
  ];
  it.each(cases)('%s %s is Anki day %s', (zone, wall, expected) => {
    const day = ankiDayNumber(new Date(wallTime(zone, wall)), {timeZone: zone, startsAtHour: 4});
    expect(dayNumberToIso(day)).toBe(expected);
  });

  it('agrees with the fake’s days_elapsed over a year of hours in New York', () => {
    const zone = 'America/New_York';
    const crt = wallTime(zone, '2026-01-01T04:00');
    const rule = {timeZone: zone, startsAtHour: 4};
    const crtDay = ankiDayNumber(new Date(crt), rule);
    for (let t = crt; t < crt + 365 * 86_400_000; t += 3_600_000 * 7) {
      const timing = {timeZone: zone, rolloverHour: 4};
      expect(ankiDayNumber(new Date(t), rule) - crtDay).toBe(daysElapsed(crt, t, timing));
    }
  });

  it.each(['Asia/Tokyo', 'America/New_York'])(
    'without ANKI_TIMEZONE, TZ=%s is the zone',
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        for (const wall of ['2026-03-05T03:30', '2026-03-08T02:30', '2026-07-01T23:30']) {
          const at = new Date(wallTime(zone, wall));
          const machine = ankiDayNumber(at, {timeZone: undefined, startsAtHour: 4});
          expect(machine).toBe(ankiDayNumber(at, {timeZone: zone, startsAtHour: 4}));
        }
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    },
  );

  it('reads offsets east positive, following DST', () => {
    expect(utcOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Asia/Tokyo')).toBe(540);
    expect(utcOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(utcOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
  });
});

describe('ANKI_TIMEZONE and ANKI_DAY_STARTS_AT', () => {
  const load = (env: Record<string, string>) => loadConfig({NLS_HOME: home, ...env}, home);
  const message = (env: Record<string, string>) => {
    try {
      load(env);
      return 'no error';
    } catch (error) {
      if (!isUserError(error)) throw error;
      return `${error.message} ${error.hint ?? ''}`;
    }
  };

  it('defaults to this machine’s zone and 04:00', () => {
    expect(load({}).anki.day).toEqual({timeZone: undefined, startsAtHour: 4});
    expect(load({ANKI_TIMEZONE: 'Asia/Tokyo', ANKI_DAY_STARTS_AT: '0'}).anki.day).toEqual({
      timeZone: 'Asia/Tokyo',
      startsAtHour: 0,
    });
    expect(describeAnkiDay({timeZone: 'Asia/Tokyo', startsAtHour: 4})).toBe(
      'Asia/Tokyo (ANKI_TIMEZONE), day starts 04:00',
    );
  });

  it.each(['Mars/Olympus', 'GMT+25', 'nowhere'])(
    'rejects ANKI_TIMEZONE=%s naming the setting',
    (zone) => {
      expect(message({ANKI_TIMEZONE: zone})).toMatch(
        /^ANKI_TIMEZONE \(from the environment\) is not a time zone: .*IANA name/,
      );
    },
  );

  it.each(['24', '-1', '4.5', 'four'])(
    'rejects ANKI_DAY_STARTS_AT=%s naming the setting',
    (hour) => {
      expect(message({ANKI_DAY_STARTS_AT: hour})).toMatch(
        /^ANKI_DAY_STARTS_AT \(from the environment\) must be a whole hour from 0 to 23.*Next day starts at/,
      );
    },
  );

  it('names the settings file when the bad value is there', () => {
    const file = path.join(home, 'nls.config.json');
    writeFileSync(file, JSON.stringify({ANKI_DAY_STARTS_AT: 30}));
    try {
      expect(message({})).toContain(`ANKI_DAY_STARTS_AT (in ${file})`);
    } finally {
      rmSync(file);
    }
  });
});
