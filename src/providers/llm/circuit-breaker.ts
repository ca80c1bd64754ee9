import { SummarizerError } from './summarizer-error.ts';

/** When a run stops asking the model and writes the rest offline. */
export interface CircuitBreakerOptions {
  /** Consecutive failed requests (timeouts, connection errors, HTTP errors) that open the breaker. */
  failures: number;
  /** Time from the first request after which the breaker opens, whatever the model is doing. */
  deadlineMs: number;
  /** The model server as users know it, for the messages ("máy chủ mô hình http://… (model)"). */
  where: string;
}

/**
 * One run's view of the model server's health, shared by every story of the run. Once open it
 * stays open: requests in flight are aborted through `signal`, new ones fail at `enter()`, and the
 * write stage turns each into the extractive fallback, so a dead model costs at most the first
 * timeouts (or the deadline) rather than retries × stories.
 */
export interface CircuitBreaker {
  /** Aborted when the breaker opens. */
  readonly signal: AbortSignal;
  /** Why the rest of the run is written offline (Vietnamese), or null while the breaker is closed. */
  readonly reason: string | null;
  /** Before each request: throws a SummarizerError when open; starts the deadline on first use. */
  enter(): void;
  success(): void;
  /** After a failed request, with the user-facing description of the failure. */
  failure(description: string): void;
  /** The SummarizerError a story gets once the breaker is open. */
  openError(): SummarizerError;
}

export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  const controller = new AbortController();
  let consecutive = 0;
  let reason: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function open(why: string): void {
    if (reason !== null) return;
    reason = why;
    if (timer !== null) clearTimeout(timer);
    controller.abort(new SummarizerError('unavailable', why));
  }

  return {
    signal: controller.signal,
    get reason() {
      return reason;
    },
    enter() {
      if (reason !== null) throw this.openError();
      if (timer === null) {
        timer = setTimeout(() => open(`${options.where} chưa viết xong sau ${Math.round(options.deadlineMs / 1000)} giây (hạn chung của lượt chạy, llm.deadlineMs); các tin còn lại được viết ngoại tuyến bằng trích đoạn từ bài gốc.`), options.deadlineMs);
        // A Node timer would otherwise keep a finished CLI run alive until the deadline.
        (timer as { unref?: () => void }).unref?.();
      }
    },
    success() {
      consecutive = 0;
    },
    failure(description) {
      consecutive += 1;
      if (consecutive >= options.failures) {
        open(`${options.where} lỗi hoặc không trả lời ${consecutive} lần liên tiếp (lần cuối: ${description}); các tin còn lại của lượt chạy được viết ngoại tuyến bằng trích đoạn từ bài gốc.`);
      }
    },
    openError() {
      return new SummarizerError('unavailable', reason ?? 'máy chủ mô hình đã bị ngắt.');
    },
  };
}
