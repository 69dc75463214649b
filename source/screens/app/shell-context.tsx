import {createContext, useContext, useEffect} from 'react';
import type {Scope} from '../../keymap/keymap.js';

/** The screens of the app, in tab order. */
export const SCREEN_IDS = ['dashboard', 'sync', 'concepts', 'review', 'quiz', 'plan'] as const;

/** One of the app's screens. */
export type ScreenId = (typeof SCREEN_IDS)[number];

/** Something another part of the app asks a screen to do (from the command palette). */
export type ShellRequest =
  | {kind: 'start-job'; jobId: string; seq: number}
  | {kind: 'open-concept'; conceptId: string; seq: number};

/** What a screen tells the shell about its current context. */
export interface ScreenBindings {
  /** The active scope stack (drives the footer hints and the shell's own key handling). */
  scopes: readonly Scope[];
  /** Scopes for the footer when they differ from `scopes` (a screen that draws its own hints). */
  footerScopes?: readonly Scope[];
  /** A text input has the keys: the shell ignores them (no `q` quit while typing). */
  isModal?: boolean;
  /** Handles `esc` inside the screen (e.g. close a detail view); false lets the shell go back. */
  onBack?: () => boolean;
  /** Handles `z`; without it the shell says there is nothing to undo. */
  onUndo?: () => void;
}

/** A yes/no question before a destructive action. */
export interface ConfirmRequest {
  title: string;
  message: string;
  onConfirm: () => void;
}

/** What the app shell offers its screens. */
export interface ShellApi {
  confirm(request: ConfirmRequest): void;
  /** Shows an error line (a UserError's message and hint) until the next action. */
  reportError(error: unknown): void;
  /** Shows a one-line notice (e.g. a finished job). */
  notify(text: string): void;
  goTo(screen: ScreenId): void;
  /** Reloads the status bar (after a sync or a review decision). */
  refreshStatus(): void;
  setBindings(screen: ScreenId, bindings: ScreenBindings): void;
  /** The latest palette request, until a screen consumes it. */
  request: ShellRequest | null;
  consumeRequest(seq: number): void;
}

// Outside the shell (screen tests), confirmation is immediate and reports go nowhere.
const standalone: ShellApi = {
  confirm: (request) => request.onConfirm(),
  reportError: () => {},
  notify: () => {},
  goTo: () => {},
  refreshStatus: () => {},
  setBindings: () => {},
  request: null,
  consumeRequest: () => {},
};

const ShellContext = createContext<ShellApi>(standalone);

/** Provides the shell's API to the screens. */
export const ShellProvider = ShellContext.Provider;

/** The surrounding shell, or a stand-alone stub when a screen is rendered alone. */
export function useShell(): ShellApi {
  return useContext(ShellContext);
}

/** Reports a screen's scopes and back/undo handlers to the shell while it is active. */
export function useScreenBindings(
  screen: ScreenId,
  bindings: ScreenBindings,
  isActive: boolean,
): void {
  const shell = useShell();
  useEffect(() => {
    if (isActive) shell.setBindings(screen, bindings);
  });
}
