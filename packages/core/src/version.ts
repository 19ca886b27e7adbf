import pkg from '../package.json' with { type: 'json' };

export const CORE_VERSION: string = pkg.version;
