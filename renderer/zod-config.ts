import { z } from 'zod';

// zod 4 probes for `new Function` to speed up parsing; our CSP forbids eval, so the probe would
// only raise a CSP violation report. Tell it not to try.
z.config({ jitless: true });
