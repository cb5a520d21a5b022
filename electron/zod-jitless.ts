import { z } from 'zod';

// Imported FIRST by the preload. A zod schema decides whether to compile a fast parser (with
// new Function) when it is built, so this must run before shared/ipc.ts builds the contract's
// schemas; set later, it is ignored by them. The app's CSP forbids eval, so compiling would
// throw an EvalError on the first object request (a save, a backup) instead of parsing it.
z.config({ jitless: true });
