/**
 * What a runtime adapter (src/runtime/node-app.ts, src/workers/) may use of the web app: the
 * services it must supply, and the stores through which a bulletin made outside a request (the
 * Workers queue steps) lands where the app reads it. Adapters import the server only from here and
 * from app.tsx (checked in test/architecture), so the app's internals can move without them.
 */
export type { AppServices, Engine, EngineContext, EngineGenerateRequest, GenerationQueue, Logger, PasswordHasher } from './services.ts';
export { countStories, createBulletinStore, type BulletinRecord, type BulletinStore } from './state/bulletins.ts';
export { createCellSettings, type CellSettings } from './state/cell-settings.ts';
export { createPbkdf2Hasher, randomToken } from './auth/password.ts';
export { initialStages, settleStages, type JobRecord } from './jobs/job-record.ts';
