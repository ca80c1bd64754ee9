/**
 * A versioned prompt kept as data in prompts/<name>.md: front matter with `version:`, then a
 * "# system" part and a "# user" part with {{placeholders}}.
 */
export interface PromptTemplate {
  name: string;
  /** Part of the summary cache key: changing the prompt invalidates cached drafts. */
  version: string;
  system: string;
  user: string;
}

/** Parses a prompt file. Throws with a message naming what is missing. */
export function parsePromptTemplate(text: string): PromptTemplate {
  const normalized = text.normalize('NFC').replace(/\r\n?/g, '\n');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(normalized);
  if (!front) throw new Error('prompt template: missing front matter (--- version: … ---)');
  const fields = new Map<string, string>();
  for (const line of front[1]!.split('\n')) {
    const field = /^([\w-]+):\s*(.*)$/.exec(line.trim());
    if (field) fields.set(field[1]!, field[2]!.trim().replace(/^["']|["']$/g, ''));
  }
  const version = fields.get('version');
  if (!version) throw new Error('prompt template: front matter has no "version:"');
  const body = normalized.slice(front[0].length);
  const system = /^# system\n([\s\S]*?)(?=^# user$)/m.exec(body)?.[1]?.trim();
  const user = /^# user\n([\s\S]*)$/m.exec(body)?.[1]?.trim();
  if (!system || !user) throw new Error(`prompt template "${version}": needs a "# system" and a "# user" part`);
  return { name: fields.get('name') ?? version, version, system, user };
}

/** Fills {{name}} placeholders; unknown placeholders are an error so a typo cannot reach the model. */
export function fillPrompt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`prompt template: no value for {{${key}}}`);
    return String(values[key]);
  });
}
