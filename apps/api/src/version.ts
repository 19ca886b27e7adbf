import pkg from '../package.json' with { type: 'json' };

/** The release version, shown by /health and the web shell. */
export const VERSION: string = pkg.version;
