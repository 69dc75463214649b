import type {ComponentType} from 'react';
import {
  type ActionId,
  formatKeys,
  type Keymap,
  SCOPE_STACKS,
  type Scope,
} from '../../keymap/keymap.js';
import {ConceptsScreen} from '../concepts/concepts-screen.js';
import {DashboardScreen} from '../dashboard/dashboard-screen.js';
import {PlanScreen} from '../plan/plan-screen.js';
import {ReviewScreen} from '../review/review-screen.js';
import {SyncScreen} from '../sync/sync-screen.js';
import {QuizTab} from './quiz-tab.js';
import type {ScreenProps} from './screen-props.js';
import type {ScreenId} from './shell-context.js';

/** A tab of the app. */
export interface ScreenEntry {
  id: ScreenId;
  title: string;
  action: ActionId;
  component: ComponentType<ScreenProps>;
  /** The scope stack until the screen reports its own. */
  scopes: readonly Scope[];
}

/** The app's screens in tab order. */
export const SCREENS: readonly ScreenEntry[] = [
  {
    id: 'dashboard',
    title: 'Dashboard',
    action: 'global.screen-dashboard',
    component: DashboardScreen,
    scopes: SCOPE_STACKS.dashboard,
  },
  {
    id: 'sync',
    title: 'Sync',
    action: 'global.screen-sync',
    component: SyncScreen,
    scopes: SCOPE_STACKS.sync,
  },
  {
    id: 'concepts',
    title: 'Concepts',
    action: 'global.screen-concepts',
    component: ConceptsScreen,
    scopes: SCOPE_STACKS.concepts,
  },
  {
    id: 'review',
    title: 'Review',
    action: 'global.screen-review',
    component: ReviewScreen,
    scopes: SCOPE_STACKS.review,
  },
  {
    id: 'quiz',
    title: 'Quiz',
    action: 'global.screen-quiz',
    component: QuizTab,
    scopes: ['global'],
  },
  {
    id: 'plan',
    title: 'Plan',
    action: 'global.screen-plan',
    component: PlanScreen,
    scopes: SCOPE_STACKS.plan,
  },
];

/** The entry of a screen. */
export function screenEntry(id: ScreenId): ScreenEntry {
  return SCREENS.find((screen) => screen.id === id)!;
}

/** The key that opens a screen in `keymap`, for the tab bar and the palette. */
export function screenKey(keymap: Keymap, entry: ScreenEntry): string {
  return formatKeys(keymap, entry.action, 1);
}
