/** `npm start`: build the dashboard if missing or stale, then run the server (design.md §3). */
import { buildWebIfStale } from './web-build';

if (await buildWebIfStale()) console.log('Built the dashboard into dist/web');
await import('../server/main');
