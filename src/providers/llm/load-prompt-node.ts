import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePromptTemplate, type PromptTemplate } from './prompt-template.ts';

/** The package's prompts/ folder, found from this file (src/providers/llm/ → ../../../prompts). */
const PROMPTS_DIR = fileURLToPath(new URL('../../../prompts/', import.meta.url));

/** Reads and parses prompts/<name>.md. */
export function loadPromptTemplate(name: string): PromptTemplate {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`prompt name "${name}" must be kebab-case letters and digits`);
  const path = `${PROMPTS_DIR}${name}.md`;
  try {
    return parsePromptTemplate(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new Error(`[write] không đọc được mẫu câu lệnh ${path}: ${(cause as Error).message}. Kiểm tra thư mục prompts/.`, { cause });
  }
}
