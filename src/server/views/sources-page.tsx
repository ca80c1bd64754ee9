import type { Catalog, Feed } from '../../domain/catalog.ts';
import type { FeedItem } from '../../domain/collected.ts';
import { SECTION_IDS, SECTION_TITLES } from '../../domain/sections.ts';
import type { Session } from '../auth/sessions.ts';
import { formatDateTime } from './format.ts';
import { CsrfField, Layout, PostButton, type Flash } from './layout.tsx';

const KIND_LABEL = { rss: 'RSS', html: 'Trang danh sách', auto: 'Tự dò' } as const;

export function SourcesPage(props: { session: Session; cellName: string; catalog: Catalog; test?: { feed: Feed; items: FeedItem[] | null; error?: string }; flash?: Flash | null }) {
  const { session } = props;
  return (
    <Layout title="Nguồn tin" session={session} page="sources" cellName={props.cellName} flash={props.flash}>
      <h1>Nguồn tin</h1>
      {props.test && <FeedTest {...props.test} />}
      {SECTION_IDS.map((section) => {
        const feeds = props.catalog.feeds.filter((feed) => feed.section === section);
        return (
          <section class="card">
            <h2>
              {SECTION_TITLES[section]} <span class="muted small">({feeds.filter((feed) => feed.enabled).length}/{feeds.length} nguồn đang bật)</span>
            </h2>
            {feeds.length === 0 ? (
              <p class="muted">Chưa có nguồn nào.</p>
            ) : (
              <div class="table-wrap">
                <table class="feed-table">
                  <tbody>
                    {feeds.map((feed) => (
                      <tr>
                        <td>
                          <strong>{feed.name}</strong> {feed.official && <span class="badge ok">chính thống</span>} {!feed.enabled && <span class="badge off">đã tắt</span>}
                          <div class="small muted">
                            {KIND_LABEL[feed.kind]} · <span class="feed-url">{feed.url}</span>
                          </div>
                        </td>
                        <td class="row-actions">
                          <div class="actions">
                            <PostButton action={`/sources/${feed.id}/test`} label="Thử" secondary session={session} busy="Đang thử…" />
                            <PostButton action={`/sources/${feed.id}/toggle`} label={feed.enabled ? 'Tắt' : 'Bật'} secondary session={session} />
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
      <form method="post" action="/sources" class="card">
        <CsrfField session={session} />
        <h2>Thêm nguồn tin</h2>
        <div class="grid2">
          <div>
            <label for="feed-name">Tên nguồn (đọc khi trích dẫn)</label>
            <input id="feed-name" name="name" type="text" placeholder="Báo Đồng Tháp" required />
          </div>
          <div>
            <label for="feed-id">Mã nguồn (chữ thường không dấu)</label>
            <input id="feed-id" name="id" type="text" placeholder="baodongthap-thoisu" required pattern="[a-z0-9][a-z0-9-]*" />
          </div>
          <div>
            <label for="feed-url">Địa chỉ RSS hoặc trang danh sách</label>
            <input id="feed-url" name="url" type="url" placeholder="https://…" required />
          </div>
          <div>
            <label for="feed-section">Mục</label>
            <select id="feed-section" name="section">
              {SECTION_IDS.map((id) => (
                <option value={id}>{SECTION_TITLES[id]}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="feed-kind">Loại</label>
            <select id="feed-kind" name="kind">
              <option value="rss">RSS / Atom</option>
              <option value="auto">Tự dò (trang có liên kết RSS)</option>
            </select>
          </div>
          <div>
            <label class="inline">
              <input type="checkbox" name="official" value="1" /> Nguồn chính thống (Đảng, Nhà nước, Ngành)
            </label>
          </div>
        </div>
        <div class="actions">
          <button type="submit">Thêm nguồn</button>
        </div>
      </form>
    </Layout>
  );
}

function FeedTest(props: { feed: Feed; items: FeedItem[] | null; error?: string }) {
  return (
    <section class="card" id="feed-test">
      <h2>Kết quả thử nguồn "{props.feed.name}"</h2>
      {props.error ? (
        <div class="flash error">{props.error}</div>
      ) : (
        <>
          <p>Đọc được {String(props.items?.length ?? 0)} tin.</p>
          <ol class="feed-items">
            {(props.items ?? []).slice(0, 15).map((item) => (
              <li>
                <a href={item.link} target="_blank" rel="noopener noreferrer">
                  {item.title}
                </a>{' '}
                <span class="muted small">{item.dateMissing ? 'không ghi ngày' : formatDateTime(item.published)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
