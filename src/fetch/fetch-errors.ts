/**
 * Typed failures of the guarded fetcher. Each names the URL (decoded for people: Vietnamese paths
 * and IDN hosts readable) and says in Vietnamese what happened and how to fix it.
 */
export type FetchErrorKind = 'blocked-host' | 'timeout' | 'too-large' | 'too-many-redirects' | 'network' | 'dns' | 'unsupported-url' | 'http-status' | 'aborted';

export class FetchError extends Error {
  readonly kind: FetchErrorKind;
  readonly url: string;
  /** Vietnamese, one line, names the URL and what to do. */
  readonly userMessage: string;

  constructor(kind: FetchErrorKind, url: string, userMessage: string, options?: { cause?: unknown }) {
    super(`[fetch] ${userMessage}`, options);
    this.name = 'FetchError';
    this.kind = kind;
    this.url = url;
    this.userMessage = userMessage;
  }
}

/** The URL as a reader would type it: percent-escapes decoded where that stays unambiguous. */
export function displayUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

export function blockedHostError(url: string, address: string): FetchError {
  return new FetchError(
    'blocked-host',
    url,
    `${displayUrl(url)} trỏ tới địa chỉ nội bộ (${address}) nên bị chặn để an toàn. Nếu đây là máy chủ nội bộ tin cậy, chạy với --allow-private-hosts hoặc BANTIN_ALLOW_PRIVATE_HOSTS=1.`,
  );
}

export function timeoutError(url: string, timeoutMs: number): FetchError {
  return new FetchError('timeout', url, `${displayUrl(url)}: quá ${formatSeconds(timeoutMs)} giây mà chưa tải xong. Kiểm tra địa chỉ hoặc thử lại sau.`);
}

export function tooLargeError(url: string, maxBytes: number): FetchError {
  return new FetchError('too-large', url, `${displayUrl(url)}: dữ liệu vượt quá ${formatMegabytes(maxBytes)} MB nên đã dừng tải. Kiểm tra đây có đúng là trang tin/RSS không.`);
}

export function tooManyRedirectsError(url: string, maxRedirects: number): FetchError {
  return new FetchError('too-many-redirects', url, `${displayUrl(url)}: chuyển hướng quá ${maxRedirects} lần (có thể là vòng lặp). Kiểm tra lại địa chỉ nguồn.`);
}

export function unsupportedUrlError(url: string): FetchError {
  return new FetchError('unsupported-url', url, `${displayUrl(url)}: chỉ tải được địa chỉ http:// hoặc https://.`);
}

export function dnsError(url: string, hostname: string, cause: unknown): FetchError {
  return new FetchError('dns', url, `${displayUrl(url)}: không tìm thấy tên miền ${hostname}. Kiểm tra chính tả địa chỉ hoặc kết nối mạng.`, { cause });
}

export function networkError(url: string, cause: unknown): FetchError {
  const code = describeCause(cause);
  return new FetchError('network', url, `${displayUrl(url)}: không kết nối được${code ? ` (${code})` : ''}. Kiểm tra kết nối mạng hoặc thử lại sau.`, { cause });
}

export function abortedError(url: string, cause: unknown): FetchError {
  return new FetchError('aborted', url, `${displayUrl(url)}: đã hủy tải theo yêu cầu.`, { cause });
}

/** A non-2xx answer, worded for the status family. */
export function httpStatusError(url: string, status: number, retryAfterMs?: number): FetchError {
  let text: string;
  if (status === 404 || status === 410) text = `không còn trang này (HTTP ${status}). Kiểm tra lại địa chỉ nguồn trong danh mục.`;
  else if (status === 401 || status === 403) text = `máy chủ từ chối truy cập (HTTP ${status}). Nguồn có thể chặn truy cập tự động hoặc từ nước ngoài.`;
  else if (status === 429) text = `máy chủ yêu cầu chờ${retryAfterMs ? ` ${formatSeconds(retryAfterMs)} giây` : ''} trước khi tải lại (HTTP 429). Thử lại sau.`;
  else if (status >= 500) text = `máy chủ đang lỗi (HTTP ${status}) sau nhiều lần thử. Thử lại sau.`;
  else text = `máy chủ trả lời HTTP ${status}. Kiểm tra lại địa chỉ nguồn.`;
  return new FetchError('http-status', url, `${displayUrl(url)}: ${text}`);
}

function describeCause(cause: unknown): string {
  let current: unknown = cause;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    if (typeof current === 'object' && current !== null && 'code' in current && typeof current.code === 'string') return current.code;
    current = current instanceof Error ? current.cause : undefined;
  }
  return '';
}

function formatSeconds(ms: number): string {
  return String(Math.round((ms / 1000) * 10) / 10).replace('.', ',');
}

function formatMegabytes(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 10) / 10).replace('.', ',');
}
