import {createContext, type ReactNode, useContext} from 'react';
import {createTheme, type Theme} from '../theme.js';

const ThemeContext = createContext<Theme>(createTheme());

/** Props of {@link ThemeProvider}. */
export interface ThemeProviderProps {
  theme: Theme;
  children?: ReactNode;
}

/** Provides the run's theme (colour or `NO_COLOR`) to every component below. */
export function ThemeProvider({theme, children}: ThemeProviderProps) {
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

/** The current theme; the coloured default when no provider is mounted. */
export function useTheme(): Theme {
  return useContext(ThemeContext);
}
