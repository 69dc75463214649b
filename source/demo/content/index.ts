export {demoAreas} from './areas.js';
export type {DemoAtom} from './demo-types.js';
export {demoAtomEntries, demoConceptEntries} from './demo-walk.js';
export {demoModules, demoProgram, demoTracks} from './program.js';
export {demoRewrites} from './rewrites.js';
