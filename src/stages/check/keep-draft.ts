import type { CheckIssue } from '../../domain/briefing.ts';

/** Whether a written draft stays despite its issues (placeholder before the notation-aware check). */
export function keepsDraft(issues: CheckIssue[]): boolean {
  return issues.length === 0;
}
