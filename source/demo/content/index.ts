export {demoAreas} from './areas.js';
export type {
  DemoArea,
  DemoAtom,
  DemoCluster,
  DemoConcept,
  DemoModule,
  DemoProgram,
  DemoRewrite,
  DemoTrack,
} from './demo-types.js';
export {type DemoConceptEntry, demoAtomEntries, demoConceptEntries} from './demo-walk.js';
export {demoModules, demoProgram, demoTracks} from './program.js';
export {demoRewrites} from './rewrites.js';
