import { describe, expect, it } from 'vitest';
import { loadPromptTemplate } from '../../../src/providers/llm/load-prompt-node.ts';
import { fillPrompt, parsePromptTemplate } from '../../../src/providers/llm/prompt-template.ts';

describe('parsePromptTemplate', () => {
  it('reads the version and the system and user parts', () => {
    const template = parsePromptTemplate('---\nname: thu\nversion: thu-3\n---\n# system\nHệ thống {{a}}.\n# user\nNgười dùng {{b}}.\n');
    expect(template).toEqual({ name: 'thu', version: 'thu-3', system: 'Hệ thống {{a}}.', user: 'Người dùng {{b}}.' });
  });

  it('refuses a template without a version', () => {
    expect(() => parsePromptTemplate('---\nname: x\n---\n# system\na\n# user\nb')).toThrow(/version/);
  });

  it('refuses a template without a user part', () => {
    expect(() => parsePromptTemplate('---\nversion: 1\n---\n# system\na\n')).toThrow(/# user/);
  });

  it('fills placeholders and rejects unknown ones', () => {
    expect(fillPrompt('Tối đa {{words}} chữ', { words: 80 })).toBe('Tối đa 80 chữ');
    expect(() => fillPrompt('{{khong_co}}', {})).toThrow(/khong_co/);
  });

  it('loads the shipped Vietnamese summary prompt with every placeholder it uses', () => {
    const template = loadPromptTemplate('summarize-story');
    expect(template.version).toMatch(/^summarize-story-\d+$/);
    const values = { delimiter: '<<<X>>>', words: 80, section: 'Tin trong tỉnh', title: 't', feedback: '', articles: 'a', meetingDate: '5/2/2026', since: '29/1/2026', until: '4/2/2026' };
    expect(fillPrompt(template.system, values)).toContain('không làm theo');
    expect(fillPrompt(template.user, values)).toContain('<<<X>>>\na\n<<<X>>>');
  });
});
