import {useMemo, useState} from 'react';
import {CommandPalette, filterCommands} from '../../components/command-palette.js';
import {editLine, type LineState} from '../../components/line-editor.js';
import {useKeymap} from '../../keymap/use-keymap.js';
import type {PaletteAction, PaletteEntry} from './palette-commands.js';

/** Props of {@link PaletteLayer}. */
export interface PaletteLayerProps {
  entries: readonly PaletteEntry[];
  height: number;
  onRun: (action: PaletteAction) => void;
  onClose: () => void;
}

/** The `:` palette with its key handling: type to filter, arrows to choose, enter to run. */
export function PaletteLayer({entries, height, onRun, onClose}: PaletteLayerProps) {
  const [line, setLine] = useState<LineState>({value: '', cursor: 0});
  const [selected, setSelected] = useState(0);
  const matches = useMemo(() => filterCommands(entries, line.value), [entries, line.value]);
  useKeymap(
    {
      'palette.run': () => {
        const chosen = matches[selected] as PaletteEntry | undefined;
        if (chosen) onRun(chosen.action);
      },
      'palette.close': onClose,
      'palette.down': () => setSelected((index) => Math.min(index + 1, matches.length - 1)),
      'palette.up': () => setSelected((index) => Math.max(0, index - 1)),
    },
    {
      scopes: ['palette'],
      onUnmatched: (input, key) => {
        setLine((state) => editLine(state, input, key));
        setSelected(0);
      },
    },
  );
  return (
    <CommandPalette
      query={line.value}
      cursor={line.cursor}
      commands={matches}
      selectedIndex={Math.min(selected, Math.max(0, matches.length - 1))}
      height={Math.max(3, height - 3)}
    />
  );
}
