import type { Session } from './auth/sessions.ts';
import type { AppServices } from './services.ts';

/** Hono's typing for this app: every handler can read the services and the (possibly absent) session. */
export interface AppEnv {
  Variables: {
    services: AppServices;
    session: Session | null;
  };
}
