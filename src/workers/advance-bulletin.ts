import { BantinError } from '../domain/errors.ts';
import { planSegments, planStories } from './bulletin-steps.ts';
import type { ScaleDeps } from './scale-deps.ts';
import { failBulletin, getBulletin, pendingWaits, transition, type BulletinStatus } from './shared-work.ts';

/** What each step does once everything it waited for is done, and the status it leads to. */
const NEXT: Partial<Record<BulletinStatus, { to: BulletinStatus; plan?: (id: string, deps: ScaleDeps) => Promise<void>; then?: (id: string, deps: ScaleDeps) => Promise<void> }>> = {
  collecting: { to: 'writing', plan: planStories },
  writing: { to: 'speaking', plan: planSegments },
  // Sent only by the consumer that won the move, so each bulletin is assembled once.
  speaking: { to: 'assembling', then: (id, deps) => deps.send([{ kind: 'assemble', bulletinId: id }]) },
};

/**
 * Moves a bulletin on when nothing it waits for is still queued. Any consumer may call this at any
 * time: planning is idempotent (claims and waits are INSERT OR IGNORE), and only the consumer whose
 * status update wins goes on, so two finishing at once never run a step twice.
 */
export async function advanceBulletin(id: string, deps: ScaleDeps): Promise<void> {
  for (;;) {
    const bulletin = await getBulletin(deps.db, id);
    const step = bulletin ? NEXT[bulletin.status] : undefined;
    if (!bulletin || !step) return;
    if ((await pendingWaits(deps.db, id)) > 0) return;
    try {
      await step.plan?.(id, deps);
    } catch (error) {
      if (!(error instanceof BantinError)) throw error;
      await failBulletin(deps.db, id, error.userMessage);
      deps.logger.error(`bản tin ${id}: ${error.userMessage}`);
      return;
    }
    // Lost the race: another consumer moved it on and carries on from there.
    if (!(await transition(deps.db, id, bulletin.status, step.to))) return;
    if (step.then) {
      try {
        await step.then(id, deps);
      } catch (error) {
        await transition(deps.db, id, step.to, bulletin.status);
        throw error;
      }
    }
  }
}
