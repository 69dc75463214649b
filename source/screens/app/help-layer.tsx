import {useState} from 'react';
import {HelpOverlay} from '../../components/help-overlay.js';
import {editLine, type LineState} from '../../components/line-editor.js';
import {filterHelpEntries, helpEntries} from '../../keymap/help-entries.js';
import {ACTION_IDS, defaultKeymap, type Scope} from '../../keymap/keymap.js';
import {useActiveKeymap, useKeymap} from '../../keymap/use-keymap.js';

/** Props of {@link HelpLayer}. */
export interface HelpLayerProps {
  /** The scopes of the screen underneath, listed first; every other binding follows. */
  scopes: readonly Scope[];
  height: number;
  onClose: () => void;
}

/** The `?` overlay with its own key handling: typing filters, arrows scroll, `esc` closes. */
export function HelpLayer({scopes, height, onClose}: HelpLayerProps) {
  const [line, setLine] = useState<LineState>({value: '', cursor: 0});
  const [selected, setSelected] = useState(0);
  const count = filterHelpEntries(helpEntries(useActiveKeymap()), line.value).length;
  useKeymap(
    {
      'help.close': onClose,
      'help.down': () => setSelected((index) => Math.min(index + 1, Math.max(0, count - 1))),
      'help.up': () => setSelected((index) => Math.max(0, index - 1)),
    },
    {
      scopes: ['help'],
      onUnmatched: (input, key) => {
        setLine((state) => editLine(state, input, key));
        setSelected(0);
      },
    },
  );
  // The screen's own scopes first, so the keys usable right now lead the list.
  const ordered = [...scopes, ...helpScopesAfter(scopes)];
  return (
    <HelpOverlay
      query={line.value}
      cursor={line.cursor}
      scopes={ordered}
      selectedIndex={selected}
      height={Math.max(3, height - 4)}
    />
  );
}

// A remap changes keys, never scopes: the default catalogue gives the scope order.
const allScopes = [...new Set(ACTION_IDS.map((id) => defaultKeymap[id].scope))];

function helpScopesAfter(scopes: readonly Scope[]): Scope[] {
  return allScopes.filter((scope) => !scopes.includes(scope));
}
