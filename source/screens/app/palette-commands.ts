import type {PaletteCommand} from '../../components/command-palette.js';
import {formatKeys, type Keymap} from '../../keymap/keymap.js';
import type {ScreenId} from './shell-context.js';

/** What choosing a palette entry does. */
export type PaletteAction =
  | {kind: 'screen'; screen: ScreenId}
  | {kind: 'job'; jobId: string}
  | {kind: 'concept'; conceptId: string}
  | {kind: 'help'}
  | {kind: 'quit'};

/** A palette entry and its action. */
export interface PaletteEntry extends PaletteCommand {
  action: PaletteAction;
}

/** A screen as the palette and tab bar name it. */
export interface ScreenTitle {
  id: ScreenId;
  title: string;
  keys: string;
}

/** A job the sync screen can start. */
export interface JobTitle {
  id: string;
  title: string;
}

/** Every palette entry: screens, jobs, concepts by name, help and quit (with the keys in force). */
export function paletteEntries(
  screens: readonly ScreenTitle[],
  jobs: readonly JobTitle[],
  concepts: readonly {id: string; name: string}[],
  keymap: Keymap,
): PaletteEntry[] {
  return [
    ...screens.map((screen) => ({
      id: `screen:${screen.id}`,
      title: `Go to ${screen.title}`,
      keys: screen.keys,
      action: {kind: 'screen', screen: screen.id} as const,
    })),
    ...jobs.map((job) => ({
      id: `job:${job.id}`,
      title: `Start ${job.title}`,
      action: {kind: 'job', jobId: job.id} as const,
    })),
    {
      id: 'help',
      title: 'Show key help',
      keys: formatKeys(keymap, 'global.help', 1),
      action: {kind: 'help'},
    },
    {
      id: 'quit',
      title: 'Quit nls',
      keys: formatKeys(keymap, 'global.quit', 1),
      action: {kind: 'quit'},
    },
    ...concepts.map((concept) => ({
      id: `concept:${concept.id}`,
      title: `Open concept ${concept.name}`,
      action: {kind: 'concept', conceptId: concept.id} as const,
    })),
  ];
}
