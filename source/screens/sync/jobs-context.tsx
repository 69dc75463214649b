import {createContext, useContext} from 'react';
import type {JobRunners} from './sync-jobs.js';

const JobsContext = createContext<JobRunners>({});

/** Provides the job runners the Sync screen can start (tests inject their own). */
export const JobsProvider = JobsContext.Provider;

/** The job runners of the surrounding app. */
export function useJobRunners(): JobRunners {
  return useContext(JobsContext);
}
