/** Escapes text for HTML/XML element content and attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes everything but "&": reproduces feeds that put a bare "&" in titles. */
export function escapeMarkupKeepAmpersand(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
