import type { Session } from '../auth/sessions.ts';
import { Layout } from './layout.tsx';

export function ErrorPage(props: { session: Session | null; title: string; message: string }) {
  return (
    <Layout title={props.title} session={props.session} page="other">
      <div class="card empty">
        <h1>{props.title}</h1>
        <p>{props.message}</p>
        <p>
          <a href="/">Về trang chủ</a>
        </p>
      </div>
    </Layout>
  );
}
