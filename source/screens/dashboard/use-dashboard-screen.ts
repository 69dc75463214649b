import {useEffect, useRef, useState} from 'react';
import {SCOPE_STACKS} from '../../keymap/keymap.js';
import {useKeymap} from '../../keymap/use-keymap.js';
import {useServices} from '../app/services-context.js';
import type {ScreenBindings} from '../app/shell-context.js';
import {useScreenBindings} from '../app/shell-context.js';
import {type DbLoad, useDbLoad} from '../app/use-db-load.js';
import {type DashboardData, loadDashboard} from './dashboard-data.js';

// The dashboard has no list to move in, so the footer leaves the list keys out.
const bindings: ScreenBindings = {scopes: ['dashboard', 'global']};

/** Dashboard state: the figures, reloaded with `dashboard.refresh`. */
export function useDashboardScreen(isActive: boolean): DbLoad<DashboardData> & {isReady: boolean} {
  const {db, now} = useServices();
  const [version, setVersion] = useState(0);
  // Coming back to the dashboard (e.g. after a sync) shows fresh figures.
  const wasActive = useRef(isActive);
  useEffect(() => {
    if (isActive && !wasActive.current) setVersion((value) => value + 1);
    wasActive.current = isActive;
  }, [isActive]);
  const load = useDbLoad((database) => loadDashboard(database, now()), version);
  useKeymap(
    {'dashboard.refresh': () => setVersion((value) => value + 1)},
    {scopes: SCOPE_STACKS.dashboard, isActive},
  );
  useScreenBindings('dashboard', bindings, isActive);
  return {...load, isReady: db !== null};
}
