import type { Child } from 'hono/jsx';
import type { Session } from '../auth/sessions.ts';

export type PageName = 'home' | 'generate' | 'review' | 'archive' | 'sources' | 'topic' | 'topics' | 'members' | 'login' | 'other';

export interface Flash {
  kind: 'ok' | 'error' | 'info';
  text: string;
}

const NAV: Array<{ page: PageName; href: string; label: string; editorOnly: boolean }> = [
  { page: 'home', href: '/', label: 'Bản tin mới nhất', editorOnly: false },
  { page: 'generate', href: '/generate', label: 'Tạo bản tin', editorOnly: true },
  { page: 'review', href: '/review', label: 'Biên tập', editorOnly: true },
  { page: 'archive', href: '/archive', label: 'Lưu trữ', editorOnly: false },
  { page: 'sources', href: '/sources', label: 'Nguồn tin', editorOnly: true },
  { page: 'topics', href: '/chuyen-de', label: 'Tài liệu chuyên đề', editorOnly: false },
  { page: 'topic', href: '/topic', label: 'Dựng chuyên đề', editorOnly: true },
  { page: 'members', href: '/members', label: 'Thành viên', editorOnly: true },
];

export function Layout(props: { title: string; session: Session | null; page: PageName; cellName?: string; flash?: Flash | null; children?: Child }) {
  const { session } = props;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · bantin`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/app.js" defer></script>
      </head>
      <body>
        <header class="top">
          <div class="bar">
            <a class="brand" href="/">
              Bản tin thời sự
              <small>{props.cellName ?? 'Chi bộ'}</small>
            </a>
            {session && (
              <nav class="main" aria-label="Trang">
                {NAV.filter((item) => !item.editorOnly || session.role === 'editor').map((item) => (
                  <a href={item.href} aria-current={item.page === props.page ? 'page' : undefined}>
                    {item.label}
                  </a>
                ))}
              </nav>
            )}
            {session && (
              <div class="who">
                <a href="/account/password" title="Đổi mật khẩu">
                  {session.username} ({session.role === 'editor' ? 'biên tập' : 'thành viên'})
                </a>
                <form method="post" action="/logout">
                  <CsrfField session={session} />
                  <button type="submit">Đăng xuất</button>
                </form>
              </div>
            )}
          </div>
        </header>
        <main>
          {props.flash && <FlashBox flash={props.flash} />}
          {props.children}
        </main>
      </body>
    </html>
  );
}

export function FlashBox(props: { flash: Flash }) {
  return (
    <div class={`flash ${props.flash.kind}`} role={props.flash.kind === 'error' ? 'alert' : 'status'}>
      {props.flash.text}
    </div>
  );
}

export function CsrfField(props: { session: Session }) {
  return <input type="hidden" name="_csrf" value={props.session.csrf} />;
}

/** A one-button form posting to `action` with the CSRF token. */
export function PostButton(props: { action: string; label: string; session: Session; secondary?: boolean; confirm?: string; busy?: string; fields?: Record<string, string> }) {
  return (
    <form method="post" action={props.action} data-confirm={props.confirm}>
      <CsrfField session={props.session} />
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={props.secondary ? 'secondary' : undefined} data-busy={props.busy}>
        {props.label}
      </button>
    </form>
  );
}
