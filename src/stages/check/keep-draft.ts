import type { CheckIssue } from '../../domain/briefing.ts';

/**
 * Whether a written draft stays despite its issues: yes when every issue is a notation difference
 * (the value is in the article in another form or context). It is then shown for review, never
 * replaced by the extract.
 */
export function keepsDraft(issues: CheckIssue[]): boolean {
  return issues.every((issue) => issue.notation === true);
}
