import type { Child } from 'hono/jsx';
import { currentKeyFigure, type Briefing } from '../../domain/briefing.ts';
import type { SegmentsFile } from '../../domain/segments.ts';
import { listSpokenItems } from '../../domain/spoken-items.ts';
import { formatClock } from './format.ts';

/**
 * The chapter list and the read-along transcript of a bulletin, marked with each item's start and
 * end so the page script can follow the audio. Shared by the member's player and the share-link player.
 */
export function ChaptersTranscript(props: { briefing: Briefing; segments: SegmentsFile | null; showKeyFigures?: boolean; chaptersFooter?: Child }) {
  const timing = new Map((props.segments?.items ?? []).map((item) => [item.id, item]));
  const spoken = listSpokenItems(props.briefing);
  const figures = new Map<string, string>();
  if (props.showKeyFigures) {
    for (const story of props.briefing.sections.flatMap((section) => section.stories)) {
      const figure = currentKeyFigure(story);
      if (figure) figures.set(`story:${story.id}`, figure);
    }
  }
  return (
    <div class="layout-player">
      <aside class="card">
        <h2>Mục lục</h2>
        <ol class="chapters">
          {spoken.map((item) => {
            const at = timing.get(item.id);
            if (!at) return null;
            return (
              <li class={item.kind} data-item={item.id} data-start={String(at.start)} data-end={String(at.end)} data-title={item.title}>
                <button type="button" data-seek={String(at.start)}>
                  <span class="time">{formatClock(at.start)}</span>
                  <span>{item.title}</span>
                </button>
              </li>
            );
          })}
        </ol>
        {props.chaptersFooter}
      </aside>
      <section class="card transcript" aria-label="Lời đọc">
        <h2>Lời đọc</h2>
        {spoken.map((item) => {
          const at = timing.get(item.id);
          const marks = at ? { 'data-item': item.id, 'data-start': String(at.start), 'data-end': String(at.end), 'data-title': item.title } : {};
          const figure = figures.get(item.id);
          return (
            <div>
              {item.kind === 'section' && <h3>{item.title}</h3>}
              {item.kind === 'story' && <h3 class="small">{item.title}</h3>}
              {figure && (
                <p class="key-figure">
                  <span class="muted small">Số liệu nổi bật:</span> <strong>{figure}</strong>
                </p>
              )}
              <p {...marks}>{item.text}</p>
            </div>
          );
        })}
      </section>
    </div>
  );
}
