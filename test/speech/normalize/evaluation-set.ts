/** Reads the hand-written evaluation sets in test/fixtures/speech and compares readings. */

export interface EvaluationCase {
  input: string;
  spoken: string;
}

/** `written<TAB>spoken` per line; `#` lines and blank lines are skipped; extra columns are ignored. */
export function parseEvaluationSet(tsv: string): EvaluationCase[] {
  return tsv
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [input = '', spoken = ''] = line.split('\t');
      return { input, spoken };
    });
}

/**
 * What a listener hears: case, hyphens inside respelled words ("ki-lô-mét" = "ki lô mét") and
 * sentence punctuation (pauses) do not change the words, so they are not compared.
 */
export function spokenWords(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[-.,;:!?()"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sameReading(actual: string, expected: string): boolean {
  return spokenWords(actual) === spokenWords(expected);
}
