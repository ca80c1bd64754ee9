/**
 * Money and storage per cell per month from the scale bench's measured weekly counts.
 * Every price and rate below is an assumption, printed with the figures (list prices as of 2026;
 * check the vendors' pages before budgeting).
 */
export const ASSUMPTIONS = {
  weeksPerMonth: 52 / 12,
  /** Vietnamese through an o200k-style tokenizer. */
  charsPerToken: 3,
  /** System prompt, instructions and JSON schema sent with every summary. */
  promptOverheadTokens: 700,
  /** gpt-4o-mini class model, USD per million tokens. */
  inputPerMTokens: 0.15,
  outputPerMTokens: 0.6,
  /** Azure neural TTS, pay-as-you-go, USD per million characters (SSML prosody overhead added per request). */
  ttsPerMChars: 16,
  ssmlOverheadChars: 60,
  /** A newsreader's pace in Vietnamese: about 14 characters per second of audio. */
  charsPerSecond: 14,
  mp3BytesPerSecond: 8000,
  wavBytesPerSecond: 48_000,
  /** Voiced segments are kept five weeks (an R2 lifecycle rule), published bulletins a year. */
  segmentRetentionWeeks: 5,
  bulletinRetentionMonths: 12,
  /** Workers Paid: USD 5/month includes 10M requests; Queues USD 0.40 per million operations (3 per message); R2 USD 0.015/GB-month, Class A USD 4.50/M. */
  workersBase: 5,
  queueOpsPerMessage: 3,
  queuePerMOps: 0.4,
  r2PerGBMonth: 0.015,
  r2ClassAPerM: 4.5,
  d1PerMRowsWritten: 1,
};

export interface CostInput {
  cells: number;
  shared: { llmCalls: number; llmInputChars: number; llmOutputChars: number; ttsChars: number; segments: number };
  naive: { llmCalls: number; llmInputChars: number; llmOutputChars: number; ttsChars: number; segments: number };
  messages: number;
  invocations: number;
  d1Queries: number;
  d1RowsWritten: number;
  r2Puts: number;
  /** Bytes of the published files other than the MP3 (deck, script, subtitles, JSON) of the `assembled` bulletins. */
  publishedBytesNonAudio: number;
  assembled: number;
  bulletins: number;
}

export function printCosts(input: CostInput): void {
  const a = ASSUMPTIONS;
  const month = (weekly: number) => weekly * a.weeksPerMonth;
  const llmUsd = (work: { llmCalls: number; llmInputChars: number; llmOutputChars: number }) =>
    ((work.llmInputChars / a.charsPerToken + work.llmCalls * a.promptOverheadTokens) * a.inputPerMTokens + (work.llmOutputChars / a.charsPerToken) * a.outputPerMTokens) / 1e6;
  const ttsUsd = (chars: number, requests: number) => ((chars + requests * a.ssmlOverheadChars) * a.ttsPerMChars) / 1e6;
  const perCell = (weeklyUsd: number) => month(weeklyUsd) / input.cells;

  const sharedLlm = perCell(llmUsd(input.shared));
  const naiveLlm = perCell(llmUsd(input.naive));
  const sharedTts = perCell(ttsUsd(input.shared.ttsChars, input.shared.segments));
  const naiveTts = perCell(ttsUsd(input.naive.ttsChars, input.naive.segments));
  const platform =
    (a.workersBase + month(input.messages * a.queueOpsPerMessage) * a.queuePerMOps / 1e6 + month(input.r2Puts) * a.r2ClassAPerM / 1e6 + month(input.d1RowsWritten) * a.d1PerMRowsWritten / 1e6) / input.cells;

  const bulletinAudio = (input.naive.ttsChars / Math.max(1, input.bulletins) / a.charsPerSecond) * a.mp3BytesPerSecond;
  const bulletinFiles = bulletinAudio + input.publishedBytesNonAudio / Math.max(1, input.assembled);
  const publishedPerCellMonth = bulletinFiles * a.weeksPerMonth * (input.bulletins / input.cells);
  const segmentCache = (month(input.shared.ttsChars) / a.charsPerSecond) * a.wavBytesPerSecond * (a.segmentRetentionWeeks / a.weeksPerMonth) / input.cells;
  const steadyBytes = publishedPerCellMonth * a.bulletinRetentionMonths + segmentCache;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  const usd = (value: number) => `$${value.toFixed(4)}`;

  console.log('  per cell per month (USD)        shared   one per cell');
  console.log(`    LLM (summaries)             ${usd(sharedLlm).padStart(9)} ${usd(naiveLlm).padStart(14)}`);
  console.log(`    Azure voice                 ${usd(sharedTts).padStart(9)} ${usd(naiveTts).padStart(14)}`);
  console.log(`    Workers+Queues+R2 ops+D1    ${usd(platform).padStart(9)} ${'(a machine)'.padStart(14)}`);
  console.log(`    R2 storage (steady state)   ${usd((steadyBytes / 1e9) * a.r2PerGBMonth).padStart(9)}`);
  console.log(`  storage per cell: published ${mb(publishedPerCellMonth)}/month (MP3 estimated at ${a.mp3BytesPerSecond * 8 / 1000} kbit/s), shared segment cache ${mb(segmentCache)}; steady state ${mb(steadyBytes)} with ${a.bulletinRetentionMonths} months of bulletins`);
  console.log(`  per week: consumer batches ${input.invocations}, D1 statements ${input.d1Queries}, D1 rows written ${input.d1RowsWritten}, R2 writes ${input.r2Puts}`);
  console.log(`  assumptions: ${JSON.stringify(a)}`);
}
