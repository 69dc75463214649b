// Stand-in for react-devtools-core in the bundle (see esbuild.config.mjs): Ink only connects to
// DevTools when DEV=true, which nls never sets.
export default {connectToDevTools() {}};
