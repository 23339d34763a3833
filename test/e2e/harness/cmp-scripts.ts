/** Moved to scripts/browser/ (the demo uses it too); kept here for the browser tests' imports. */
export { cmpScripts, installCmpSnippet } from '../../../scripts/browser/cmp-scripts.ts';
