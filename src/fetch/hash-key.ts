const encoder = new TextEncoder();

/** Hex SHA-256 of a string (Web Crypto, so it runs on Node and Workers); used for cache keys and ids. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
