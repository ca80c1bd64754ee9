// The one piece of the `cloudflare:workers` module the entry uses (full types: @cloudflare/workers-types).
declare module 'cloudflare:workers' {
  export function waitUntil(promise: Promise<unknown>): void;
}
