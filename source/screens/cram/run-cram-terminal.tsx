import type {CramItem} from '../../quiz/cram/cram-session.js';
import type {Theme} from '../../theme.js';
import {renderFullScreen} from '../app/render-full-screen.js';
import {CramScreen} from './cram-screen.js';

/** Runs cram mode over the whole terminal until it is left; returns its summary line. */
export async function runCramTerminal(items: readonly CramItem[], theme: Theme): Promise<string> {
  let summary = '';
  const width = process.stdout.columns || 100;
  await renderFullScreen(
    <CramScreen
      items={items}
      width={width}
      onExit={(line) => {
        summary = line;
      }}
    />,
    theme,
  );
  return summary;
}
