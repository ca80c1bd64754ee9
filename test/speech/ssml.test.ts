import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildSsml, escapeXml } from '../../src/speech/ssml.ts';

const HOSTILE = [
  'Giá tăng 5% <voice name="en-US-AriaNeural">Hello</voice> & giảm',
  ']]> <![CDATA[ x ]]> </speak><speak>',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>&a;',
  'Tom & Jerry\'s "quote" <break time="10s"/> a < b > c',
  'ký tự điều khiển \u0000\u0007\u001B và nửa cặp \uD800 thay thế',
];

describe('buildSsml', () => {
  it.each(HOSTILE)('gives well-formed XML that keeps hostile text as text: %s', (text) => {
    const ssml = buildSsml(text, { voice: 'vi-VN-HoaiMyNeural', lang: 'vi-VN' });
    expect(XMLValidator.validate(ssml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, preserveOrder: false }).parse(ssml);
    expect(Object.keys(parsed)).toEqual(['speak']);
    expect(Object.keys(parsed.speak.voice).filter((key) => !key.startsWith('@_') && key !== '#text' && key !== 'break')).toEqual([]);
  });

  it('always declares vi-VN and the chosen voice', () => {
    const ssml = buildSsml('Xin chào.', { voice: 'vi-VN-NamMinhNeural', lang: 'vi-VN' });
    expect(ssml).toMatch(/^<speak version="1.0" xmlns="http:\/\/www.w3.org\/2001\/10\/synthesis"[^>]* xml:lang="vi-VN">/);
    expect(ssml).toContain('<voice name="vi-VN-NamMinhNeural">Xin chào.</voice>');
  });

  it('escapes a hostile voice name too', () => {
    const ssml = buildSsml('a', { voice: '"><evil/>', lang: 'vi-VN' });
    expect(XMLValidator.validate(ssml)).toBe(true);
    expect(ssml).toContain('name="&quot;&gt;&lt;evil/&gt;"');
  });

  it('turns sentence and paragraph breaks into pauses of different length', () => {
    const ssml = buildSsml('Câu một. Câu hai.\n\nĐoạn hai.', { voice: 'v', lang: 'vi-VN' });
    expect(ssml).toContain('Câu một. <break time="250ms"/> Câu hai. <break time="700ms"/> Đoạn hai.');
  });

  it('sets the rate as a relative percentage only when it is not normal', () => {
    expect(buildSsml('a', { voice: 'v', lang: 'vi-VN', rate: 1 })).not.toContain('prosody');
    expect(buildSsml('a', { voice: 'v', lang: 'vi-VN', rate: 0.9 })).toContain('<prosody rate="-10%">a</prosody>');
    expect(buildSsml('a', { voice: 'v', lang: 'vi-VN', rate: 1.25 })).toContain('<prosody rate="+25%">a</prosody>');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });

  it('keeps Vietnamese letters and emoji pairs intact', () => {
    expect(escapeXml('Đồng Tháp 🇻🇳')).toBe('Đồng Tháp 🇻🇳');
  });
});
