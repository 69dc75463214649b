import {useApp} from 'ink';
import type {Keymap} from '../../keymap/keymap.js';
import type {CramItem} from '../../quiz/cram/cram-session.js';
import type {Theme} from '../../theme.js';
import {renderFullScreen} from '../app/render-full-screen.js';
import {CramScreen} from './cram-screen.js';

function StandaloneCram(props: {
  items: readonly CramItem[];
  width: number;
  onSummary: (line: string) => void;
}) {
  const {exit} = useApp();
  return (
    <CramScreen
      items={props.items}
      width={props.width}
      isStandalone
      onLeave={(line) => {
        props.onSummary(line);
        exit();
      }}
    />
  );
}

/** Runs cram mode over the whole terminal until it is left; returns its summary line. */
export async function runCramTerminal(
  items: readonly CramItem[],
  theme: Theme,
  keymap: Keymap,
): Promise<string> {
  let summary = '';
  const width = process.stdout.columns || 100;
  await renderFullScreen(
    <StandaloneCram
      items={items}
      width={width}
      onSummary={(line) => {
        summary = line;
      }}
    />,
    theme,
    keymap,
  );
  return summary;
}
