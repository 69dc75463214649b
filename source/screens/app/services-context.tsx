import {createContext, type ReactNode, useContext} from 'react';
import type {AppServices} from './app-services.js';

const ServicesContext = createContext<AppServices | null>(null);

/** Provides the app's services to every screen below it. */
export function ServicesProvider({value, children}: {value: AppServices; children: ReactNode}) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

/** The services of the surrounding app shell (or test harness). */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() needs a <ServicesProvider> above it');
  return services;
}
