import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

/** Terminal columns and rows. */
export interface TerminalSize {
  columns: number;
  rows: number;
}

/** The terminal size, updated on resize; 80×24 when the stream does not know it. */
export function useTerminalSize(): TerminalSize {
  const {stdout} = useStdout();
  const read = (): TerminalSize => ({
    columns: stdout.columns > 0 ? stdout.columns : 80,
    rows: stdout.rows > 0 ? stdout.rows : 24,
  });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const handle = () => setSize(read());
    stdout.on('resize', handle);
    return () => {
      stdout.off('resize', handle);
    };
  });
  return size;
}
