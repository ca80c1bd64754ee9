import { BROADCAST_CUE_LIMITS, cueText, layoutCue, type Cue, type CueLimits } from './break-cues.ts';

/** How long a cue must stay up. */
export interface PaceLimits {
  /** Shortest cue, in seconds. */
  minSeconds: number;
  /** Fastest reading speed, characters (spaces included) per second. */
  maxCharsPerSecond: number;
  /** How far a cue edge may move away from the speech it shows, in seconds. */
  maxShiftSeconds: number;
}

/** Broadcast practice: 1.2 s at least (EBU/Netflix use 5/6 s–1.2 s), 17 characters a second for adults. */
export const BROADCAST_PACE: PaceLimits = { minSeconds: 1.2, maxCharsPerSecond: 17, maxShiftSeconds: 1 };

/** A cue and the spoken item it belongs to: only cues of one item are merged or share a moved edge. */
export interface GroupedCue extends Cue {
  group: number;
  /** Where the cue's item begins: a cue may start early, but not before its own chapter. */
  notBefore?: number;
}

/** Characters a viewer reads: the lines as one run of text. */
export function readingChars(text: string): number {
  return text.replace(/\n/gu, ' ').length;
}

/**
 * Gives every cue time enough to be read where the timing allows. Within one spoken item the cues
 * are laid edge to edge and their edges moved at most `maxShiftSeconds` from the speech, so that
 * each stays up at least `minSeconds` and long enough to read at `maxCharsPerSecond`; the first
 * cue may start early in the pause before its item and the last may linger into the pause after
 * it. A cue that still lacks time is merged with a neighbour of its item when both fit one cue
 * with a line turn at a phrase boundary. Cues never overlap and never pass `end`.
 */
export function paceCues(cues: GroupedCue[], options: { end: number; pace?: PaceLimits; limits?: CueLimits }): Cue[] {
  const pace = options.pace ?? BROADCAST_PACE;
  const limits = options.limits ?? BROADCAST_CUE_LIMITS;
  const need = (cue: Cue) => Math.max(pace.minSeconds, readingChars(cue.text) / pace.maxCharsPerSecond);
  const groups: Cue[][] = [];
  const floors: number[] = [];
  cues.forEach((cue, index) => {
    if (index === 0 || cues[index - 1]!.group !== cue.group) {
      groups.push([]);
      floors.push(cue.notBefore ?? 0);
    }
    groups[groups.length - 1]!.push({ start: cue.start, end: cue.end, text: cue.text });
  });
  const paced: Cue[] = [];
  let previousEnd = 0;
  groups.forEach((group, index) => {
    const window = { from: Math.max(previousEnd, Math.min(floors[index]!, group[0]!.start)), to: Math.max(previousEnd, index + 1 < groups.length ? groups[index + 1]![0]!.start : options.end) };
    let timed = placeEdges(group, window, need, pace.maxShiftSeconds);
    const merged = mergeShortCues(group, timed, need, limits);
    if (merged.length < group.length) timed = placeEdges(merged, window, need, pace.maxShiftSeconds);
    paced.push(...timed);
    previousEnd = timed[timed.length - 1]!.end;
  });
  return paced;
}

/**
 * Edges as close to the speech as the needs allow: the earliest and the latest position of each
 * edge come from a forward and a backward pass, then each edge is placed nearest its speech time
 * between them. Where the needs cannot all be met, later cues stay short rather than overlap.
 */
function placeEdges(cues: Cue[], window: { from: number; to: number }, need: (cue: Cue) => number, maxShift: number): Cue[] {
  const speech = [...cues.map((cue) => cue.start), cues[cues.length - 1]!.end];
  const needs = cues.map(need);
  const last = cues.length;
  const earliest: number[] = [];
  speech.forEach((at, i) => earliest.push(i === 0 ? Math.max(window.from, at - maxShift) : Math.max(at - maxShift, earliest[i - 1]! + needs[i - 1]!)));
  const latest: number[] = new Array<number>(last + 1);
  latest[last] = Math.max(speech[last]!, window.to);
  for (let i = last - 1; i >= 0; i -= 1) latest[i] = Math.min(speech[i]! + maxShift, latest[i + 1]! - needs[i]!);
  const edges: number[] = [];
  speech.forEach((at, i) => {
    const low = i === 0 ? earliest[0]! : Math.max(earliest[i]!, edges[i - 1]! + needs[i - 1]!);
    const high = Math.max(latest[i]!, i === 0 ? window.from : edges[i - 1]! + MIN_CUE_SECONDS);
    edges.push(Math.min(Math.max(at, Math.min(low, high)), high));
  });
  return cues.map((cue, i) => ({ start: edges[i]!, end: edges[i + 1]!, text: cue.text }));
}

/** Where time runs out, a cue still shows for a moment rather than vanish. */
const MIN_CUE_SECONDS = 0.04;

/** A merged cue must turn its line at a phrase boundary (see breakCost), not between two content words. */
const MAX_MERGED_BREAK_COST = 5;

/** Merges each cue still short of time with the neighbour that leaves the merged cue the most time to spare. */
function mergeShortCues(speech: Cue[], timed: Cue[], need: (cue: Cue) => number, limits: CueLimits): Cue[] {
  const list = speech.map((cue, index) => ({ speech: cue, timed: timed[index]! }));
  const short = (cue: Cue) => need(cue) - (cue.end - cue.start) > 1e-6;
  for (let index = 0; index < list.length; index += 1) {
    if (!short(list[index]!.timed)) continue;
    const options = [index - 1, index + 1]
      .filter((other) => other >= 0 && other < list.length)
      .flatMap((other) => {
        const [first, second] = other < index ? [list[other]!, list[index]!] : [list[index]!, list[other]!];
        const layout = layoutCue([...words(first.speech.text), ...words(second.speech.text)], limits);
        if (!layout || layout.cost > MAX_MERGED_BREAK_COST) return [];
        const text = cueText(layout.lines);
        const merged = { speech: { start: first.speech.start, end: second.speech.end, text }, timed: { start: first.timed.start, end: second.timed.end, text } };
        return [{ at: Math.min(index, other), merged, spare: merged.timed.end - merged.timed.start - need(merged.timed) }];
      })
      .sort((a, b) => b.spare - a.spare);
    const chosen = options[0];
    if (!chosen) continue;
    list.splice(chosen.at, 2, chosen.merged);
    index = Math.max(-1, chosen.at - 2);
  }
  return list.map((entry) => entry.speech);
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}
