// Preloaded with `node --import`: appends every module URL the process resolves to $BANTIN_TRACE_IMPORTS,
// one per line, so a test can see which packages a command loaded.
import { register } from 'node:module';

register(new URL('./trace-imports-hooks.mjs', import.meta.url), { data: { file: process.env.BANTIN_TRACE_IMPORTS } });
