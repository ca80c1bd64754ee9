import { joinsCompound } from '../../../src/speech/audio/vi-compounds.ts';

/** A cue read back from a subtitle file: times in seconds, lines as shown. */
export interface ParsedCue {
  start: number;
  end: number;
  lines: string[];
}

function seconds(stamp: string): number {
  const [h, m, s] = stamp.replace(',', '.').split(':');
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

function parseBlocks(blocks: string[]): ParsedCue[] {
  return blocks.flatMap((block) => {
    const lines = block.split('\n');
    const timing = lines.findIndex((line) => line.includes('-->'));
    if (timing < 0) return [];
    const [from, to] = lines[timing]!.split(' --> ');
    return [{ start: seconds(from!.trim()), end: seconds(to!.trim()), lines: lines.slice(timing + 1).filter((line) => line.length > 0) }];
  });
}

export function parseVtt(text: string): ParsedCue[] {
  return parseBlocks(text.replace(/\r\n/g, '\n').split(/\n{2,}/).slice(1));
}

export function parseSrt(text: string): ParsedCue[] {
  return parseBlocks(text.replace(/\r\n/g, '\n').split(/\n{2,}/));
}

/** Compounds named in issue 13 as broken by the old subtitles, checked on top of the project's table. */
const NAMED_COMPOUNDS = new Set(['giai đoạn', 'đảng viên', 'sinh hoạt', 'kinh tế', 'xã hội', 'nhân dân', 'kiểm sát']);

function bare(word: string): string {
  return word.toLocaleLowerCase('vi').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function splitsCompound(left: string, right: string): boolean {
  if (/[^\p{L}\p{N}]$/u.test(left)) return false;
  return NAMED_COMPOUNDS.has(`${bare(left)} ${bare(right)}`) || joinsCompound(left, right);
}

/**
 * Every broadcast rule a cue breaks: line and cue size, a break inside a compound (between its
 * lines or between it and the next cue), duration and reading speed. Reading speed counts the
 * lines as one run of text, spaces included.
 */
export function cueRuleViolations(cues: ParsedCue[], rules = { lineChars: 42, lines: 2, minSeconds: 1.2, maxCharsPerSecond: 17 }): string[] {
  const problems: string[] = [];
  cues.forEach((cue, index) => {
    const where = `cue ${index + 1} "${cue.lines.join(' / ')}"`;
    if (cue.lines.length === 0) problems.push(`${where}: empty`);
    if (cue.lines.length > rules.lines) problems.push(`${where}: ${cue.lines.length} lines`);
    for (const line of cue.lines) if (line.length > rules.lineChars) problems.push(`${where}: line of ${line.length} characters`);
    const duration = cue.end - cue.start;
    if (duration < rules.minSeconds - 0.0015) problems.push(`${where}: ${duration.toFixed(3)} s`);
    const cps = cue.lines.join(' ').length / duration;
    if (cps > rules.maxCharsPerSecond + 0.05) problems.push(`${where}: ${cps.toFixed(1)} characters a second`);
    if (index > 0 && cue.start < cues[index - 1]!.end - 0.0015) problems.push(`${where}: overlaps the cue before`);
    const joints = cue.lines.slice(1).map((line, at) => [cue.lines[at]!, line] as const);
    const next = cues[index + 1];
    if (next && next.lines.length > 0 && cue.lines.length > 0) joints.push([cue.lines[cue.lines.length - 1]!, next.lines[0]!]);
    for (const [above, below] of joints) {
      const left = above.split(' ').pop()!;
      const right = below.split(' ')[0]!;
      if (splitsCompound(left, right)) problems.push(`${where}: breaks the compound "${left} ${right}"`);
    }
  });
  return problems;
}
