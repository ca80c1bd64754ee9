import { describe, expect, it } from 'vitest';
import { formatVtt } from '../../../src/speech/audio/format-subtitles.ts';
import { parseVtt } from '../../../src/stages/meeting/parse-vtt.ts';

describe('parseVtt', () => {
  it('reads back the cues the speak stage writes, markup characters included', () => {
    const cues = [
      { start: 0, end: 2.5, text: 'Kính thưa các đồng chí,\nsau đây là bản tin' },
      { start: 3661.25, end: 3663, text: 'Lãi suất <5% & "ổn định"' },
    ];
    expect(parseVtt(formatVtt(cues as never)).map(({ start, end, text }) => ({ start, end, text }))).toEqual(cues);
  });

  it('skips notes, ids and blocks with no timing line, and accepts CRLF and short timestamps', () => {
    const vtt = 'WEBVTT\r\n\r\nNOTE made by hand\r\n\r\ncue-1\r\n00:01.000 --> 00:02.500 align:center\r\n<v Anchor>Xin chào</v>\r\n\r\n';
    expect(parseVtt(vtt)).toEqual([{ start: 1, end: 2.5, text: 'Xin chào' }]);
  });
});
