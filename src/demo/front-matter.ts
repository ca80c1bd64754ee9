/** A Markdown file split into `key: value` front matter and its body. */
export interface FrontMatterDocument {
  data: Record<string, string | number | boolean>;
  body: string;
}

function parseValue(raw: string): string | number | boolean {
  const value = raw.trim();
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return JSON.parse(value) as string;
  return value;
}

/** Parses the flat `---` front matter the demo articles use (one `key: value` per line, no nesting). */
export function parseFrontMatter(text: string, where: string): FrontMatterDocument {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(normalized);
  if (!match) throw new Error(`${where}: missing "---" front matter`);
  const data: FrontMatterDocument['data'] = {};
  for (const line of match[1]!.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`${where}: front matter line "${line}" is not "key: value"`);
    data[line.slice(0, colon).trim()] = parseValue(line.slice(colon + 1));
  }
  return { data, body: match[2]!.trim() };
}
