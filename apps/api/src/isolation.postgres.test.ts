import { describeOnDatabase } from '@steward/db/testing';
import { isolationSuite } from './testing/isolation-suite.ts';

// One file per database so both run at once (the suite is the longest in apps/api); see isolation-suite.ts.
describeOnDatabase('postgres', 'tenant isolation across every procedure', isolationSuite);
