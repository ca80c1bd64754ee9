import type { StageName } from './progress.ts';

/**
 * A failure that stops the run or an item, with a message that says where, what and how to fix.
 * `userMessage` is the Vietnamese text shown in the CLI and web UI.
 */
export class BantinError extends Error {
  readonly stage: StageName | 'config' | 'storage' | 'server';
  readonly userMessage: string;

  constructor(stage: BantinError['stage'], userMessage: string, options?: { cause?: unknown }) {
    super(`[${stage}] ${userMessage}`, options);
    this.name = 'BantinError';
    this.stage = stage;
    this.userMessage = userMessage;
  }
}
