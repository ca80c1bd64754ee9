import { splitParagraphs, splitSentences } from '../text/split-sentences.ts';

export interface SsmlOptions {
  /** Azure voice name, e.g. "vi-VN-HoaiMyNeural". */
  voice: string;
  /** Speaking rate, 1 = the voice's normal rate. */
  rate?: number;
  lang: 'vi-VN';
}

const SENTENCE_BREAK = '<break time="250ms"/>';
const PARAGRAPH_BREAK = '<break time="700ms"/>';

/**
 * The one SSML document every Azure client sends. All text and the voice name are XML-escaped,
 * so a script containing "<voice>", "&" or "]]>" is read out, never parsed as markup; paragraph
 * and sentence breaks become <break> pauses. xml:lang is always set: a missing or wrong lang
 * makes Azure read Vietnamese with a foreign accent.
 */
export function buildSsml(text: string, options: SsmlOptions): string {
  const body = splitParagraphs(text)
    .map((paragraph) => splitSentences(paragraph, { speech: true }).map(escapeXml).join(` ${SENTENCE_BREAK} `))
    .join(` ${PARAGRAPH_BREAK} `);
  const rate = options.rate ?? 1;
  const content = rate === 1 ? body : `<prosody rate="${formatRate(rate)}">${body}</prosody>`;
  return (
    `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xmlns:mstts="https://www.w3.org/2001/mstts" xml:lang="${escapeXml(options.lang)}">` +
    `<voice name="${escapeXml(options.voice)}">${content}</voice></speak>`
  );
}

/** Escapes markup characters and drops characters XML 1.0 forbids (control codes, lone surrogates). */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function formatRate(rate: number): string {
  const percent = Math.round((rate - 1) * 100);
  return `${percent >= 0 ? '+' : ''}${percent}%`;
}
