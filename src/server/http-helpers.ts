import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { AppEnv } from './app-env.ts';
import { formTokenMatches } from './security/csrf-guard.ts';

const vietnameseErrors = z.locales.vi().localeError;

/** A request the user can fix; the message is Vietnamese and names the field. */
export class InputError extends Error {
  constructor(readonly userMessage: string, readonly status: 400 | 404 | 409 | 413 | 429 = 400) {
    super(userMessage);
    this.name = 'InputError';
  }
}

/** Parses with zod; a failure becomes one Vietnamese sentence per problem. */
export function parseInput<T extends z.ZodType>(schema: T, data: unknown, labels: Record<string, string> = {}): z.infer<T> {
  const result = schema.safeParse(data, { error: vietnameseErrors });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const label = labels[field] ?? labels[String(issue.path[0] ?? '')] ?? field;
    // An empty label means the message already names the field.
    return label ? `${label}: ${issue.message}` : issue.message;
  });
  throw new InputError(lines.join(' '));
}

/** Reads a JSON body; an empty body counts as `{}`. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  const text = await c.req.text();
  if (text.trim() === '') return {};
  if (!type.toLowerCase().startsWith('application/json')) throw new InputError('Nội dung gửi lên phải là JSON (Content-Type: application/json).');
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError('Nội dung gửi lên không phải JSON hợp lệ.');
  }
}

/**
 * The request body as a form. A body the parser cannot read (a multipart header with a raw quote
 * or newline in a file name, which no browser sends) is a 400, not a server error.
 */
export async function parseFormBody(c: Context<AppEnv>): Promise<Record<string, string | File | (string | File)[]>> {
  try {
    return await c.req.parseBody({ all: true });
  } catch (cause) {
    if (cause instanceof InputError || cause instanceof HTTPException) throw cause;
    throw new HTTPException(400, { message: 'Biểu mẫu gửi lên không đọc được (tên tệp có dấu nháy kép, xuống dòng hoặc ký tự không cho phép). Hãy đổi tên tệp cho đơn giản rồi gửi lại.', cause });
  }
}

/** Reads a form and checks its CSRF token against the session's. */
export async function readForm(c: Context<AppEnv>): Promise<Record<string, string | File | (string | File)[]>> {
  const session = c.get('session');
  const form = await parseFormBody(c);
  if (!session || !formTokenMatches(session.csrf, form._csrf)) {
    throw new HTTPException(403, { message: 'Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Hãy tải lại trang rồi thử lại.' });
  }
  return form;
}

export const formText = (form: Record<string, unknown>, name: string): string => {
  const value = form[name];
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '';
};

/** Pages redirect to sign-in; the API answers 401. */
export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get('session')) return next();
  if (c.req.path.startsWith('/api/')) return c.json({ error: 'Bạn cần đăng nhập.' }, 401);
  if (c.req.method !== 'GET') throw new HTTPException(401, { message: 'Bạn cần đăng nhập.' });
  const next_ = c.req.path + (new URL(c.req.url).search || '');
  return c.redirect(`/login?next=${encodeURIComponent(next_)}`, 303);
};

/** Generating, editing and managing sources, members and accounts are for editors. */
export const requireEditor: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = c.get('session');
  if (session?.role === 'editor') return next();
  if (!session) return requireUser(c, next);
  const message = 'Chức năng này chỉ dành cho tài khoản biên tập.';
  if (c.req.path.startsWith('/api/')) return c.json({ error: message }, 403);
  throw new HTTPException(403, { message });
};

/** Local-path-only redirect target, so ?next= cannot send the user to another site. */
export function safeNext(value: string | undefined): string {
  // Browsers drop tabs and newlines and read \ as / before resolving, so "/\t/evil" is "//evil":
  // refuse those outright, then judge what the URL parser makes of the rest.
  if (!value || !value.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  const base = 'http://bantin.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return '/';
  }
  const path = url.pathname;
  if (url.origin !== base || path.startsWith('//') || /%(2f|5c|0[0-9a-d]|1[0-9a-f]|7f)/i.test(path)) return '/';
  return `${path}${url.search}${url.hash}`;
}
