import type { Cue } from './subtitle-cues.ts';

/** WebVTT (for the web player's <track>). */
export function formatVtt(cues: Cue[]): string {
  const body = cues.map((cue) => `${timestamp(cue.start, '.')} --> ${timestamp(cue.end, '.')}\n${escapeVtt(cue.text)}`);
  return `WEBVTT\n\n${body.join('\n\n')}\n`;
}

/** SubRip (for desktop players and video editors). */
export function formatSrt(cues: Cue[]): string {
  return cues.map((cue, index) => `${index + 1}\n${timestamp(cue.start, ',')} --> ${timestamp(cue.end, ',')}\n${cue.text.replace(/\n+/g, '\n')}\n`).join('\n');
}

function timestamp(seconds: number, separator: '.' | ','): string {
  const totalMs = Math.max(0, Math.round(seconds * 1000));
  const hours = Math.floor(totalMs / 3_600_000);
  const minutes = Math.floor((totalMs % 3_600_000) / 60_000);
  const secs = Math.floor((totalMs % 60_000) / 1000);
  const ms = totalMs % 1000;
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(secs, 2)}${separator}${pad(ms, 3)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** "-->" and markup characters would break a cue; a blank line would end it early, so lines stay single-spaced. */
function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n+/g, '\n');
}
