import { z } from 'zod';
import { FeedSchema } from '../domain/catalog.ts';

/**
 * A queue message. Messages carry keys, never bodies (Queues cap a message at 128 KB): the feed,
 * story or bulletin is read from D1/R2 by key. A segment carries its text (a story script is a few KB).
 */
export const WorkMessageSchema = z.discriminatedUnion('kind', [
  /** `feed` is the claiming cell's definition (a feed added on a cell's web page is not in the D1 pool); absent: read the pool. */
  z.object({ kind: z.literal('feed'), key: z.string(), feedId: z.string(), feed: FeedSchema.optional() }),
  z.object({ kind: z.literal('story'), key: z.string() }),
  z.object({ kind: z.literal('segment'), key: z.string(), segment: z.string(), text: z.string(), voice: z.string(), rate: z.number() }),
  z.object({ kind: z.literal('assemble'), bulletinId: z.string() }),
  /** Start one due cell's bulletin (the cron tick only fans these out). */
  z.object({ kind: z.literal('start'), cellId: z.string(), at: z.string() }),
  /** Move one bulletin on: everything it waited for is done. */
  z.object({ kind: z.literal('advance'), bulletinId: z.string() }),
]);
export type WorkMessage = z.infer<typeof WorkMessageSchema>;

/**
 * Which queue carries each kind of message (wrangler.toml names them). The per-bulletin steps
 * (start, advance, assemble) share one queue: each is one cell's work, with nothing to throttle.
 */
export type QueueName = 'feeds' | 'stories' | 'segments' | 'assemble';
export const QUEUE_OF: Record<WorkMessage['kind'], QueueName> = { feed: 'feeds', story: 'stories', segment: 'segments', assemble: 'assemble', start: 'assemble', advance: 'assemble' };
