import type { SectionId } from './sections.ts';

/** The meeting window: news published in [since, until). ISO 8601 strings. */
export interface TimeWindow {
  since: string;
  until: string;
}

/** One item parsed from a feed or listing page, normalized. */
export interface FeedItem {
  feedId: string;
  title: string;
  /** Canonical absolute URL. */
  link: string;
  guid: string;
  /** ISO 8601 in Asia/Ho_Chi_Minh (+07:00); the first-seen time when the feed gave none. */
  published: string;
  /** True when `published` is the first-seen time because the feed had no usable date. */
  dateMissing: boolean;
  /** Plain-text summary from the feed. */
  summary: string;
  image?: string;
  /** The feed's own categories for the item (RSS `<category>`), when it gives any. */
  categories?: string[];
}

/** One source's report of a story, with the article text when it could be extracted. */
export interface StorySource {
  feedId: string;
  /** Outlet name, e.g. "Báo Nhân Dân". */
  name: string;
  url: string;
  title: string;
  published: string;
  official: boolean;
  /** Main text, paragraphs separated by a blank line; the feed summary when extraction failed. */
  text: string;
}

/** One event, possibly reported by several sources; `sources[0]` is the primary. */
export interface Story {
  /** Stable id derived from the primary source's URL. */
  id: string;
  section: SectionId;
  title: string;
  published: string;
  score: number;
  sources: StorySource[];
  /** The primary source's text. */
  text: string;
}

export interface FeedStatus {
  id: string;
  status: 'ok' | 'not-modified' | 'error';
  /** Items parsed from the feed, before the window. */
  items: number;
  inWindow: number;
  /** Vietnamese reason when status is error. */
  error?: string;
}

export interface CollectResult {
  window: TimeWindow;
  feeds: FeedStatus[];
  stories: Story[];
}
