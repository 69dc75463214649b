/** The semantic colour names components use; JSX never names a literal colour. */
export const SEMANTIC_COLORS = [
  'accent',
  'muted',
  'danger',
  'success',
  'warning',
  'selection',
  'insert',
  'delete',
] as const;

/** A semantic colour name. */
export type SemanticColor = (typeof SEMANTIC_COLORS)[number];

/** Colours for a run: `colors[name]` is an Ink colour, or undefined when colour is off. */
export interface Theme {
  /** True when colour is off: components then add textual markers (`›`, `[-x-]`, `{+y+}`). */
  readonly noColor: boolean;
  readonly colors: Readonly<Record<SemanticColor, string | undefined>>;
}

/** The default palette (the 16 ANSI colours, so it follows the terminal's own scheme). */
export const DEFAULT_PALETTE: Readonly<Record<SemanticColor, string>> = {
  accent: 'cyan',
  muted: 'gray',
  danger: 'red',
  success: 'green',
  warning: 'yellow',
  selection: 'blue',
  insert: 'green',
  delete: 'red',
};

/** Options for {@link createTheme}. */
export interface ThemeOptions {
  noColor?: boolean;
  palette?: Partial<Record<SemanticColor, string>>;
}

/** Builds a theme; with `noColor` every colour is undefined. */
export function createTheme(options: ThemeOptions = {}): Theme {
  const noColor = options.noColor === true;
  const palette = {...DEFAULT_PALETTE, ...options.palette};
  const colors = Object.fromEntries(
    SEMANTIC_COLORS.map((name) => [name, noColor ? undefined : palette[name]]),
  ) as Record<SemanticColor, string | undefined>;
  return {noColor, colors};
}

/**
 * True when the environment asks for no colour: `NO_COLOR` set to a non-empty value
 * (https://no-color.org) or `TERM=dumb`. The config layer passes its env in; this module never
 * reads `process.env` itself.
 */
export function isNoColorRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  const noColor = env.NO_COLOR;
  return (noColor !== undefined && noColor !== '') || env.TERM === 'dumb';
}
