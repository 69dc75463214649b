import {UserError} from '../errors.js';

/** How Anki counts days: its machine's time zone and the hour its day starts. */
export interface AnkiDaySettings {
  /** IANA zone from ANKI_TIMEZONE; undefined → this machine's zone. */
  timeZone: string | undefined;
  /** ANKI_DAY_STARTS_AT: Anki's "Next day starts at" hour, 0–23 (default 4). */
  startsAtHour: number;
}

/**
 * Validates ANKI_TIMEZONE (an IANA name such as `Europe/Berlin`) and ANKI_DAY_STARTS_AT (a whole
 * hour 0–23); `where` names the source of a value for the error.
 */
export function ankiDaySettings(
  timeZone: string | undefined,
  startsAt: string | undefined,
  where: (key: 'ANKI_TIMEZONE' | 'ANKI_DAY_STARTS_AT') => string,
): AnkiDaySettings {
  const zone = timeZone?.trim() || undefined;
  if (zone !== undefined) {
    try {
      new Intl.DateTimeFormat('en-US', {timeZone: zone});
    } catch {
      throw new UserError(
        `ANKI_TIMEZONE (${where('ANKI_TIMEZONE')}) is not a time zone: ${JSON.stringify(zone)}.`,
        {
          hint: "Use an IANA name such as Europe/Berlin or America/New_York (the zone of the machine Anki runs on), or unset it to use this machine's zone.",
        },
      );
    }
  }
  const text = startsAt?.trim() ?? '';
  const hour = text === '' ? 4 : Number(text);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new UserError(
      `ANKI_DAY_STARTS_AT (${where('ANKI_DAY_STARTS_AT')}) must be a whole hour from 0 to 23, not ${JSON.stringify(startsAt)}.`,
      {
        hint: 'Set it to Anki\'s Preferences > Review > "Next day starts at" hour (or unset it for the default, 4).',
      },
    );
  }
  return {timeZone: zone, startsAtHour: hour};
}

/** How `nls doctor` shows the setting, e.g. `Asia/Tokyo (ANKI_TIMEZONE), day starts 04:00`. */
export function describeAnkiDay(settings: AnkiDaySettings): string {
  const zone =
    settings.timeZone === undefined
      ? `${Intl.DateTimeFormat().resolvedOptions().timeZone} (this machine's)`
      : `${settings.timeZone} (ANKI_TIMEZONE)`;
  return `${zone}, day starts ${String(settings.startsAtHour).padStart(2, '0')}:00`;
}
