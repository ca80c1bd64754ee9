import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildMeetingHtml } from '../../../src/stages/meeting/build-meeting-html.ts';
import { MEETING_JS } from '../../../src/stages/meeting/meeting-script.ts';
import { realisticBriefing, timingsFor } from './meeting-fixture.ts';

function embeddedData(html: string): { items: Array<{ id: string; start: number }>; cues: Array<{ text: string }>; audioFallbacks: string[] } {
  const match = /<script type="application\/json" id="m-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no data block');
  return JSON.parse(match[1]!);
}

describe('buildMeetingHtml', () => {
  it('gives every story its own slide with its title, bullets, key figure and source, in reading order', () => {
    const briefing = realisticBriefing();
    const stories = briefing.sections.flatMap((section) => section.stories);
    stories[1]!.keyFigure = 'hơn 12,6 tỷ đồng';
    stories[1]!.bullets[0] = 'Thu hồi hơn 12,6 tỷ đồng cho Nhà nước';
    const { segments, cues } = timingsFor(briefing);
    const html = buildMeetingHtml({ briefing, segments, cues }, { audioSrc: 'briefing.mp3', assets: 'inline' });
    expect(stories.length).toBeGreaterThan(3);
    const slideIds = [...html.matchAll(/data-slide data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(slideIds).toEqual(segments.items.map((item) => item.id));
    for (const story of stories) {
      const slide = new RegExp(`<section[^>]*data-id="story:${story.id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
      expect(slide).toContain(story.headline.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
      for (const bullet of story.bullets) expect(slide).toContain(bullet.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
      expect(slide).toContain(story.sources[0]!.name);
      if (story.keyFigure) expect(slide).toContain(`<strong>${story.keyFigure}</strong>`);
    }
    expect(html.match(/class="m-figure"/g)).toHaveLength(1);
  });

  it('shows no key figure the editor has removed from the story’s text, as the deck does', () => {
    const briefing = realisticBriefing();
    const story = briefing.sections.flatMap((section) => section.stories)[0]!;
    story.keyFigure = 'hơn 12,6 tỷ đồng';
    story.headline = 'Thu hồi tài sản trong các vụ án tham nhũng';
    story.script = 'Các cơ quan tố tụng đã thu hồi nhiều tài sản cho Nhà nước.';
    story.bullets = ['Thu hồi nhiều tài sản cho Nhà nước'];
    const html = buildMeetingHtml({ briefing, ...timingsFor(briefing) }, { audioSrc: 'briefing.mp3', assets: 'inline' });
    expect(html).not.toContain('12,6 tỷ');
    expect(html).not.toContain('class="m-figure"');
  });

  it('embeds the timings, the cues, the script and the styles, and plays briefing.mp3 by relative URL', () => {
    const briefing = realisticBriefing();
    const { segments, cues } = timingsFor(briefing);
    const html = buildMeetingHtml({ briefing, segments, cues }, { audioSrc: 'briefing.mp3', audioFallbacks: ['ban-tin-2026-11-27.mp3'], assets: 'inline' });
    const data = embeddedData(html);
    expect(data.items.map((item) => [item.id, item.start])).toEqual(segments.items.map((item) => [item.id, item.start]));
    expect(data.cues.map((cue) => cue.text)).toEqual(cues.map((cue) => cue.text));
    expect(data.audioFallbacks).toEqual(['ban-tin-2026-11-27.mp3']);
    expect(html).toContain('<audio id="m-audio" preload="auto" src="briefing.mp3">');
    expect(html).toContain(MEETING_JS.slice(0, 200));
    expect(html).toMatch(/<style>[\s\S]*\.m-slide/);
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('links the script and stylesheet instead when the page is served under a CSP', () => {
    const briefing = realisticBriefing();
    const html = buildMeetingHtml({ briefing, ...timingsFor(briefing) }, { audioSrc: '/files/x/briefing.mp3?v=2', assets: { styleHref: '/static/meeting.css', scriptSrc: '/static/meeting.js' }, backHref: '/bulletins/x' });
    expect(html).toContain('<script src="/static/meeting.js" defer></script>');
    expect(html).toContain('<link rel="stylesheet" href="/static/meeting.css">');
    expect(html).not.toContain('<style>');
    expect(html).not.toMatch(/<script>/);
    expect(html).not.toMatch(/ style="/);
    expect(html).toContain('src="/files/x/briefing.mp3?v=2"');
  });

  it('escapes a title, bullet, figure and subtitle written to break out of the page', () => {
    const briefing = realisticBriefing();
    const attack = '</script><script>alert(1)</script><img src=x onerror=alert(2)>"\'';
    const story = briefing.sections.find((section) => section.stories.length > 0)!.stories[0]!;
    story.headline = attack;
    story.bullets[0] = attack;
    story.keyFigure = attack;
    story.sources[0]!.name = attack;
    briefing.meta.cellName = attack;
    const { segments, cues } = timingsFor(briefing);
    cues[0]!.text = attack;
    const html = buildMeetingHtml({ briefing, segments, cues }, { audioSrc: 'briefing.mp3', assets: 'inline' });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelector('.m-title')?.textContent).toBe(attack);
    expect(document.querySelector('.m-cell')?.textContent).toBe(attack);
    // As written in the page, the title keeps none of the characters that could end a tag or an attribute.
    expect(/<h1 class="m-title">([^]*?)<\/h1>/.exec(html)?.[1]).not.toMatch(/[<>"']/);
    expect(embeddedData(html).cues[0]!.text).toBe(attack);
  });

  it('marks a sample bulletin on every slide', () => {
    const briefing = realisticBriefing();
    briefing.meta.sample = true;
    const html = buildMeetingHtml({ briefing, ...timingsFor(briefing) }, { audioSrc: 'briefing.mp3', assets: 'inline' });
    expect(html).toContain('<div class="m-sample" role="note">BẢN TIN MẪU');
  });
});
