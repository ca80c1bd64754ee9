import type { Catalog, FeedInput } from '../domain/catalog.ts';
import type { SectionId } from '../domain/sections.ts';
import { parseCatalog } from '../catalog/load-catalog.ts';

/** How a demo source publishes its items. */
export type DemoSourceKind = 'rss' | 'atom' | 'html' | 'auto' | 'broken';

/** Page layouts, so per-site article selectors and the generic extractor both get exercised. */
export type DemoLayout = 'portal' | 'newspaper' | 'procuracy';

/** One sample outlet served by the demo server under `/<id>/`. */
export interface DemoSource {
  id: string;
  /** Outlet name as read aloud. */
  name: string;
  section: SectionId;
  kind: DemoSourceKind;
  official: boolean;
  weight: number;
  layout: DemoLayout;
  /** Write pubDate with "GMT+7" instead of "+0700", as several Vietnamese CMSs do. */
  gmtPlus7?: boolean;
  /** Leave "&" unescaped in item titles, which makes the XML ill-formed until repaired. */
  bareAmpersand?: boolean;
}

export const DEMO_SOURCES: readonly DemoSource[] = [
  { id: 'baodongthap', name: 'Báo và Phát thanh, Truyền hình Đồng Tháp', section: 'tinh', kind: 'rss', official: false, weight: 3, layout: 'newspaper', gmtPlus7: true },
  { id: 'dongthap-gov', name: 'Cổng Thông tin điện tử tỉnh Đồng Tháp', section: 'tinh', kind: 'auto', official: true, weight: 4, layout: 'portal' },
  { id: 'dangcongsan', name: 'Báo điện tử Đảng Cộng sản Việt Nam', section: 'trong-nuoc', kind: 'rss', official: true, weight: 5, layout: 'portal' },
  { id: 'chinhphu', name: 'Báo điện tử Chính phủ', section: 'trong-nuoc', kind: 'atom', official: true, weight: 5, layout: 'portal' },
  { id: 'nhandan', name: 'Báo Nhân Dân', section: 'trong-nuoc', kind: 'rss', official: false, weight: 4, layout: 'newspaper' },
  { id: 'baoquocte', name: 'Báo Thế giới và Việt Nam', section: 'doi-ngoai', kind: 'rss', official: false, weight: 4, layout: 'newspaper' },
  { id: 'vietnamplus-doingoai', name: 'Báo điện tử VietnamPlus', section: 'doi-ngoai', kind: 'rss', official: false, weight: 3, layout: 'newspaper' },
  { id: 'vnexpress-thegioi', name: 'Báo VnExpress', section: 'the-gioi', kind: 'rss', official: false, weight: 3, layout: 'newspaper' },
  { id: 'tuoitre-thegioi', name: 'Báo Tuổi Trẻ', section: 'the-gioi', kind: 'rss', official: false, weight: 3, layout: 'newspaper', bareAmpersand: true },
  { id: 'vksndtc', name: 'Cổng thông tin điện tử Viện kiểm sát nhân dân tối cao', section: 'nganh', kind: 'html', official: true, weight: 5, layout: 'procuracy' },
  { id: 'baovephapluat', name: 'Báo Bảo vệ pháp luật', section: 'nganh', kind: 'rss', official: false, weight: 4, layout: 'newspaper' },
  { id: 'phapluatvn', name: 'Báo Pháp luật Việt Nam', section: 'nganh', kind: 'rss', official: false, weight: 3, layout: 'newspaper' },
  { id: 'tapchikiemsat', name: 'Tạp chí Kiểm sát', section: 'nganh', kind: 'broken', official: false, weight: 3, layout: 'procuracy' },
];

/** Where each kind of source is served, relative to the server's base URL. */
export function demoSourcePaths(source: DemoSource): { entry: string; feed: string | null } {
  switch (source.kind) {
    case 'rss':
    case 'broken':
      return { entry: `/${source.id}/rss/tin-moi.rss`, feed: `/${source.id}/rss/tin-moi.rss` };
    case 'atom':
      return { entry: `/${source.id}/atom.xml`, feed: `/${source.id}/atom.xml` };
    case 'auto':
      return { entry: `/${source.id}/`, feed: `/${source.id}/rss/tin-tuc.xml` };
    case 'html':
      return { entry: `/${source.id}/tin-tuc-su-kien`, feed: null };
  }
}

/** Path of an article page. */
export function demoArticlePath(sourceId: string, slug: string): string {
  return `/${sourceId}/tin-tuc/${slug}.html`;
}

const LISTING = {
  item: 'ul.list-news > li.news-item',
  link: 'h3.news-title > a',
  title: 'h3.news-title > a',
  date: 'span.news-time',
  linkPattern: '/tin-tuc/[a-z0-9-]+\\.html$',
};

const ARTICLE_BY_LAYOUT = {
  portal: { content: 'div.article-content', remove: ['.share-bar', 'figure', '.related-news', '.hidden-print', 'p.author'] },
  procuracy: { content: '#noidung', remove: ['.box-share', '.box-lienquan', 'table.image', '.an-tin', 'p[align="right"]'] },
} as const;

/** The demo catalog (shape of src/domain/catalog.ts) for a server at `baseUrl`. */
export function demoCatalog(baseUrl: string): { feeds: FeedInput[] } {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    feeds: DEMO_SOURCES.map((source) => {
      const kind = source.kind === 'html' ? 'html' : source.kind === 'auto' ? 'auto' : 'rss';
      const feed: FeedInput = {
        id: source.id,
        name: source.name,
        url: base + demoSourcePaths(source).entry,
        section: source.section,
        kind,
        official: source.official,
        weight: source.weight,
      };
      if (source.kind === 'html' || source.kind === 'auto') feed.listing = { ...LISTING };
      // The newspaper layout is left to the generic extractor on purpose.
      if (source.layout !== 'newspaper') {
        const article = ARTICLE_BY_LAYOUT[source.layout];
        feed.article = { content: article.content, remove: [...article.remove] };
      }
      return feed;
    }),
  };
}

/** The demo catalog for a server at `baseUrl`, validated like any catalog file. */
export function loadDemoCatalog(baseUrl: string): Catalog {
  return parseCatalog(JSON.stringify(demoCatalog(baseUrl)), 'danh mục tin mẫu');
}
