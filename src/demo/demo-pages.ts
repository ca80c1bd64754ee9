import type { RenderedArticle } from './demo-article.ts';
import { demoArticlePath, demoSourcePaths, type DemoSource } from './demo-catalog.ts';
import { DEMO_IMAGE_PATH } from './demo-feeds.ts';
import { escapeMarkup as e } from './escape-markup.ts';
import { SECTION_TITLES } from '../domain/sections.ts';
import { isoVn, longVn, shortVn } from './vn-time.ts';

const MENU = ['Trang chủ', 'Thời sự', 'Chính trị', 'Kinh tế', 'Xã hội', 'Pháp luật', 'Quốc tế', 'Văn hóa', 'Video', 'Podcast'];

function menu(source: DemoSource): string {
  const links = MENU.map((label, i) => `<li><a href="/${source.id}/${i === 0 ? '' : 'chuyen-muc-' + (i + 1)}">${label}</a></li>`).join('');
  return `<nav class="main-menu" role="navigation"><ul>${links}</ul></nav>`;
}

function header(source: DemoSource): string {
  return `<header class="site-header"><div class="top-bar"><span class="today">Cập nhật liên tục 24/7</span><a href="/${source.id}/dang-nhap">Đăng nhập</a></div>
<div class="logo"><a href="/${source.id}/">${e(source.name)}</a></div>${menu(source)}
<form class="search" action="/${source.id}/tim-kiem"><input name="q" placeholder="Tìm kiếm tin tức..." /><button>Tìm</button></form></header>`;
}

const LOCAL_ADDRESS = 'Địa chỉ: số 08 đường 30 Tháng 4, phường Mỹ Tho, tỉnh Đồng Tháp. Điện thoại: 0273 3872 000. Email: toasoan@example.vn';
const NATIONAL_ADDRESS = 'Trụ sở: Thủ đô Hà Nội. Đường dây nóng: 024 3825 0000. Email: toasoan@example.vn';

function footer(source: DemoSource, now: Date): string {
  return `<footer class="site-footer"><div class="footer-menu">${menu(source)}</div>
<p>© ${now.getUTCFullYear()} ${e(source.name)}. Giấy phép hoạt động báo chí điện tử số 188/GP-BVHTTDL.</p>
<p>${source.section === 'tinh' ? LOCAL_ADDRESS : NATIONAL_ADDRESS}</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
<script src="/static/app.js" async></script>`;
}

function document(title: string, head: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${e(title)}</title>
${head}
<style>.hidden,.an-tin{display:none}.share-bar a{margin-right:8px}</style>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ pageType: 'article', ads: 'Quảng cáo bên phải' });</script>
</head>
<body>
${body}
</body>
</html>
`;
}

function relatedList(source: DemoSource, others: RenderedArticle[]): string {
  return others.map((a) => `<li><a href="${demoArticlePath(source.id, a.slug)}">${e(a.title)}</a></li>`).join('\n');
}

function contentBlocks(article: RenderedArticle): string {
  return article.blocks.map((b) => (b.kind === 'h2' ? `<h2>${e(b.text)}</h2>` : `<p>${e(b.text)}</p>`)).join('\n');
}

function figure(article: RenderedArticle, tag: 'figure' | 'table'): string {
  const caption = e(article.caption ?? article.title);
  if (tag === 'table') return `<table class="image"><tr><td><img src="${DEMO_IMAGE_PATH}" alt="" /></td></tr><tr><td class="caption"><em>${caption}</em></td></tr></table>`;
  return `<figure class="image"><img src="${DEMO_IMAGE_PATH}" alt="${e(article.title)}" /><figcaption>${caption}</figcaption></figure>`;
}

function articleBody(source: DemoSource, article: RenderedArticle, related: RenderedArticle[]): string {
  const author = article.author ? e(article.author) : e(source.name);
  const share = '<a href="#" class="fb">Facebook</a><a href="#" class="zalo">Zalo</a><a href="#" class="copy">Sao chép liên kết</a><a href="#" class="print">In bài viết</a>';
  const section = e(SECTION_TITLES[source.section]);
  if (source.layout === 'portal') {
    return `<div class="breadcrumb"><a href="/${source.id}/">Trang chủ</a> › <a href="/${source.id}/chuyen-muc-2">${section}</a></div>
<article class="article-detail">
<h1 class="article-title">${e(article.title)}</h1>
<div class="article-meta"><time datetime="${isoVn(article.published)}">${longVn(article.published)}</time></div>
<div class="share-bar">Chia sẻ: ${share}</div>
<div class="article-content">
<p class="sapo"><strong>${e(article.summary)}</strong></p>
${figure(article, 'figure')}
${contentBlocks(article)}
<div class="hidden-print" style="display:none">Nội dung dành cho bản in. Tải ứng dụng để đọc tin nhanh hơn.</div>
<script>document.write('<div class="ad-slot"></div>');</script>
<p class="author" style="text-align:right"><strong>${author}</strong></p>
<div class="share-bar">${share}</div>
<div class="related-news"><h3>Tin liên quan</h3><ul>${relatedList(source, related)}</ul></div>
</div>
</article>`;
  }
  if (source.layout === 'procuracy') {
    return `<div class="duong-dan"><a href="/${source.id}/">Trang chủ</a> / <a href="/${source.id}/tin-tuc-su-kien">Tin tức - Sự kiện</a></div>
<table class="khung" width="100%"><tr><td class="cot-trai">
<div class="tieu-de"><h1>${e(article.title)}</h1></div>
<div class="ngay-dang">Ngày đăng: ${shortVn(article.published)}</div>
<div id="noidung">
<div class="box-share">Chia sẻ: ${share}</div>
<p><b>${e(article.summary)}</b></p>
${figure(article, 'table')}
${contentBlocks(article)}
<div class="an-tin">Tin ẩn: bộ đếm truy cập, không hiển thị.</div>
<p align="right"><b>${author}</b></p>
<div class="box-lienquan"><b>Các tin khác:</b><ul>${relatedList(source, related)}</ul></div>
</div>
</td><td class="cot-phai"><div class="lien-ket">Liên kết website: <a href="/vksndtc/">VKSND tối cao</a></div></td></tr></table>`;
  }
  return `<ul class="breadcrumb"><li><a href="/${source.id}/">Trang chủ</a></li><li><a href="/${source.id}/chuyen-muc-7">${section}</a></li></ul>
<section class="page-detail">
<div class="header-content"><span class="date">${longVn(article.published)} (GMT+7)</span></div>
<h1 class="title-detail">${e(article.title)}</h1>
<p class="description">${e(article.summary)}</p>
<div class="social-share">${share}</div>
<article class="fck_detail">
${figure(article, 'figure')}
${contentBlocks(article)}
<div class="ads-native" hidden>Tài trợ: Mua sắm trực tuyến giảm giá 50% cuối tuần</div>
<p class="Normal" style="text-align:right;"><strong>${author}</strong></p>
</article>
<div class="box-tinlienquan related-news"><h4>Tin liên quan</h4><ul>${relatedList(source, related)}</ul></div>
<div class="comment-box"><h4>Ý kiến bạn đọc</h4><p>Chưa có ý kiến nào. Hãy là người đầu tiên bình luận.</p><textarea placeholder="Ý kiến của bạn"></textarea></div>
</section>`;
}

/** A full article page: chrome, share bars, breadcrumb, captioned image, related news, scripts, hidden text. */
export function renderArticlePage(source: DemoSource, article: RenderedArticle, others: RenderedArticle[], baseUrl: string, now: Date): string {
  const related = others.filter((a) => a.slug !== article.slug).slice(0, 3);
  const popular = others.filter((a) => a.slug !== article.slug).slice(3, 7);
  const url = baseUrl + demoArticlePath(source.id, article.slug);
  const head = [
    `<meta name="description" content="${e(article.summary)}" />`,
    `<link rel="canonical" href="${url}" />`,
    `<meta property="og:title" content="${e(article.title)}" />`,
    `<meta property="og:image" content="${baseUrl}${DEMO_IMAGE_PATH}" />`,
    `<meta property="article:published_time" content="${isoVn(article.published)}" />`,
  ].join('\n');
  const sidebar = `<aside class="sidebar"><h3>Đọc nhiều</h3><ol>${relatedList(source, popular)}</ol><div class="banner">Quảng cáo</div></aside>`;
  return document(`${article.title} - ${source.name}`, head, `${header(source)}\n<main class="container">\n${articleBody(source, article, related)}\n${sidebar}\n</main>\n${footer(source, now)}`);
}

/** A listing page (HTML-only sources and the auto-discovery homepage) in the shape of the catalog's listing selectors. */
export function renderListingPage(source: DemoSource, articles: RenderedArticle[], now: Date, options: { homepage: boolean }): string {
  const items = [...articles]
    .sort((a, b) => b.published.getTime() - a.published.getTime())
    .map(
      (a) => `<li class="news-item"><a class="thumb" href="${demoArticlePath(source.id, a.slug)}"><img src="${DEMO_IMAGE_PATH}" alt="" /></a>
<h3 class="news-title"><a href="${demoArticlePath(source.id, a.slug)}">${e(a.title)}</a></h3>
<span class="news-time">${shortVn(a.published)}</span>
<p class="news-sapo">${e(a.summary)}</p></li>`,
    )
    .join('\n');
  const feedPath = demoSourcePaths(source).feed;
  const head =
    options.homepage && feedPath
      ? // Relative href on purpose: discovery must resolve it against the page URL.
        `<link rel="alternate" hreflang="en" href="/${source.id}/en/" />\n<link rel="alternate" type="application/rss+xml" title="Tin tức - ${e(source.name)}" href="${feedPath.slice(source.id.length + 2)}" />`
      : '';
  const title = options.homepage ? source.name : `Tin tức - Sự kiện - ${source.name}`;
  const body = `${header(source)}
<main class="container">
<div class="breadcrumb"><a href="/${source.id}/">Trang chủ</a> › Tin tức - Sự kiện</div>
<h2 class="box-title">Tin tức - Sự kiện</h2>
<ul class="list-news">
${items}
</ul>
<div class="pagination"><a href="?trang=1" class="active">1</a><a href="?trang=2">2</a><a href="?trang=3">Trang sau »</a></div>
</main>
${footer(source, now)}`;
  return document(title, head, body);
}
