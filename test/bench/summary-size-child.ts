/** One story from an article of argv[2] characters, in a fresh process: prints time and peak memory as JSON. */
import { ConfigSchema } from '../../src/config.ts';
import { createRunReport } from '../../src/domain/run-report.ts';
import { createExtractiveSummarizer } from '../../src/providers/llm/extractive.ts';
import { createMemoryStorage } from '../../src/providers/storage/memory.ts';
import { writeStory } from '../../src/stages/write.ts';
import { hugeStory } from '../fixtures/stories/huge-article.ts';

const chars = Number(process.argv[2]);
const story = hugeStory(chars);
const report = createRunReport();
const started = performance.now();
const written = await writeStory(story, { config: ConfigSchema.parse({}) }, { summarizer: createExtractiveSummarizer(), cache: createMemoryStorage(), now: () => new Date(), progress: () => {}, report });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ chars: story.text.length, seconds, peakMB: process.resourceUsage().maxRSS / 1024, scriptChars: written.script.length, notes: report.problems.map((problem) => problem.reason) }));
