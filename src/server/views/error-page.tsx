import type { Session } from '../auth/sessions.ts';
import { Layout } from './layout.tsx';

/** A page that explains what went wrong and what to do, in the app's frame. `link` replaces "Về trang chủ". */
export function ErrorPage(props: { session: Session | null; title: string; message: string; cellName?: string; link?: { href: string; label: string } }) {
  const link = props.link ?? { href: '/', label: 'Về trang chủ' };
  return (
    <Layout title={props.title} session={props.session} page="other" cellName={props.cellName}>
      <div class="card empty">
        <h1>{props.title}</h1>
        <p>{props.message}</p>
        <p>
          <a href={link.href}>{link.label}</a>
        </p>
      </div>
    </Layout>
  );
}
