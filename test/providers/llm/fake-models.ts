import { splitSentences } from '../../../src/text/split-sentences.ts';
import { delimitedData, type ChatRequest } from './fake-chat-server.ts';

/** The first source as the request carries it: outlet, title and article body. */
export function firstSource(request: ChatRequest): { name: string; title: string; body: string } {
  const data = delimitedData(request)?.data ?? '';
  const first = data.split('\n\n---\n\n')[0] ?? '';
  const name = /^Nguồn 1: (.+?)(?: \(đăng ngày [^)]*\))?$/m.exec(first)?.[1] ?? 'nguồn tin';
  const title = /^Tiêu đề: (.*)$/m.exec(first)?.[1] ?? '';
  const body = first.split('\n\n').slice(1).join('\n\n');
  return { name, title, body };
}

/** What a faithful model writes: the outlet, then the article's first two sentences. */
export function faithfulDraft(request: ChatRequest): { headline: string; script: string; bullets: string[] } {
  const source = firstSource(request);
  const sentences = splitSentences(source.body).filter((sentence) => !sentence.startsWith('('));
  const [first = source.title, second = source.title] = sentences;
  const short = (sentence: string) => sentence.split(/\s+/).slice(0, 12).join(' ');
  return { headline: source.title, script: `Theo ${source.name}, ${first} ${second}`, bullets: [short(first), short(second)] };
}
