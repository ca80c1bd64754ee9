/**
 * `npm run bench`: every benchmark in one run, each printing its own figures beside its baseline.
 * Pass names to run a subset: `npm run bench -- collect speech`.
 */
const BENCHES: Record<string, () => Promise<void>> = {
  collect: async () => (await import('./collect.ts')).benchCollect(),
  llm: async () => (await import('./llm.ts')).benchLlm(),
  speech: async () => (await import('./speech.ts')).benchSpeech(),
  content: async () => (await import('./content.ts')).benchContent(),
  startup: async () => (await import('./startup.ts')).benchStartup(),
  deck: async () => (await import('./deck.ts')).benchDeck(),
};

const wanted = process.argv.slice(2).filter((name) => name in BENCHES);
for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHES)) {
  console.log(`\n=== bench: ${name} ===`);
  await BENCHES[name]!();
}
