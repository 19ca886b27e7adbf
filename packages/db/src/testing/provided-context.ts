// What the global set-up hands to every test file through Vitest's provide/inject.
declare module 'vitest' {
  export interface ProvidedContext {
    stewardPgliteSnapshot: string;
    stewardPostgresTemplate: string | null;
  }
}

export {};
