import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/domain/progress.ts';
import { initialStages, type JobRecord, type StageProgress } from '../../../src/server/jobs/job-record.ts';
import { APP_JS } from '../../../src/server/static/app-js.ts';
import { JobPanel } from '../../../src/server/views/job-panel.tsx';

/** A browser-like page holding the server's job panel, with an EventSource the test drives. */
function pageWithJob(job: JobRecord) {
  const { window, document } = parseHTML(`<!doctype html><html><body>${String(<JobPanel job={job} session={{ username: 'bientap', role: 'editor', csrf: 'c', createdAt: job.startedAt, expiresAt: job.startedAt }} />)}</body></html>`);
  const listeners: Array<(event: { data: string }) => void> = [];
  class FakeEventSource {
    static CLOSED = 2;
    readyState = 1;
    addEventListener(_type: string, listener: (event: { data: string }) => void) {
      listeners.push(listener);
    }
    close() {}
  }
  Object.assign(window, { EventSource: FakeEventSource });
  new Function('window', 'document', 'EventSource', APP_JS)(window, document, FakeEventSource);
  return { document, push: (record: JobRecord) => listeners.forEach((listener) => listener({ data: JSON.stringify(record) })) };
}

describe('the client script', () => {
  it('marks each stage of a live job as the server-rendered panel does', () => {
    const job: JobRecord = { id: 'j1', kind: 'generate', lane: 'cell:x', title: 'Bản tin', status: 'running', startedBy: 'bientap', startedAt: '2026-12-02T08:00:00.000Z', stages: initialStages(STAGES), problems: [], feeds: [] };
    const { document, push } = pageWithJob(job);
    const states: StageProgress['state'][] = ['done', 'running', 'failed', 'skipped', 'waiting'];
    push({ ...job, stages: job.stages.map((stage, index) => ({ ...stage, state: states[index] ?? 'waiting' })) });
    const marks = [...document.querySelectorAll('li[data-stage] .mark')].slice(0, 5).map((mark) => mark.textContent);
    expect(marks).toEqual(['✓', '▶', '✗', 'bỏ qua', '·']);
  });
});
