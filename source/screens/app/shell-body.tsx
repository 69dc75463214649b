import {Box} from 'ink';
import type {Scope} from '../../keymap/keymap.js';
import {ConfirmLayer} from './confirm-layer.js';
import {HelpLayer} from './help-layer.js';
import type {PaletteAction, PaletteEntry} from './palette-commands.js';
import {PaletteLayer} from './palette-layer.js';
import {SCREENS} from './screen-list.js';
import type {ScreenId} from './shell-context.js';
import type {Overlay} from './shell-reducer.js';

/** Props of {@link ShellBody}. */
export interface ShellBodyProps {
  screen: ScreenId;
  visited: ReadonlySet<ScreenId>;
  overlay: Overlay | null;
  /** The active screen's scopes (what the help overlay lists). */
  scopes: readonly Scope[];
  paletteEntries: readonly PaletteEntry[];
  width: number;
  height: number;
  onRunPalette: (action: PaletteAction) => void;
  onCloseOverlay: () => void;
}

/**
 * The area between the tab bar and the status bar: an overlay, or the active screen. Every
 * screen visited stays mounted (hidden) so its state survives a tab switch.
 */
export function ShellBody(props: ShellBodyProps) {
  const {screen, overlay, width, height, onCloseOverlay} = props;
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {overlay?.kind === 'help' ? (
        <HelpLayer scopes={props.scopes} height={height} onClose={onCloseOverlay} />
      ) : null}
      {overlay?.kind === 'palette' ? (
        <PaletteLayer
          entries={props.paletteEntries}
          height={height}
          onRun={props.onRunPalette}
          onClose={onCloseOverlay}
        />
      ) : null}
      {overlay?.kind === 'confirm' ? (
        <ConfirmLayer request={overlay.request} onClose={onCloseOverlay} />
      ) : null}
      {SCREENS.filter((entry) => props.visited.has(entry.id)).map((entry) => {
        const Screen = entry.component;
        const isShown = entry.id === screen && overlay === null;
        return (
          <Box key={entry.id} display={isShown ? 'flex' : 'none'} flexDirection="column">
            <Screen isActive={isShown} width={width} height={height} />
          </Box>
        );
      })}
    </Box>
  );
}
