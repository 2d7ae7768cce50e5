// A worker's first module. Node 20 does not apply `--import tsx` from a Worker's execArgv to
// the worker's entry module, and vitest's workers carry no tsx loader at all; registering
// tsx here makes `worker-main.ts` (and the `$geo` alias from tsconfig.json) load the same
// way under `npm start`, `tsx` scripts and vitest.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
