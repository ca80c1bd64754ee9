import { z } from 'zod';
import type { Briefing, BriefingStory } from '../../domain/briefing.ts';
import type { SectionId } from '../../domain/sections.ts';
import { InputError } from '../http-helpers.ts';
import { recountChecks, recheckStory } from '../../stages/check/recheck-briefing.ts';

/** What an editor may change in one story. */
export const StoryEditSchema = z.object({
  headline: z.string().trim().min(1, 'Tiêu đề không được để trống.').max(300, 'Tiêu đề quá dài (tối đa 300 ký tự).').optional(),
  script: z.string().trim().min(1, 'Lời đọc không được để trống.').max(5000, 'Lời đọc quá dài (tối đa 5000 ký tự).').optional(),
  bullets: z
    .array(z.string().trim().min(1).max(300, 'Mỗi ý chính tối đa 300 ký tự.'))
    .min(2, 'Cần 2 đến 4 ý chính.')
    .max(4, 'Cần 2 đến 4 ý chính.')
    .optional(),
});
export type StoryEdit = z.infer<typeof StoryEditSchema>;

function locate(briefing: Briefing, storyId: string): { sectionIndex: number; storyIndex: number } {
  for (const [sectionIndex, section] of briefing.sections.entries()) {
    const storyIndex = section.stories.findIndex((story) => story.id === storyId);
    if (storyIndex >= 0) return { sectionIndex, storyIndex };
  }
  throw new InputError('Không tìm thấy tin này trong bản tin (có thể đã bị bỏ).', 404);
}

const clone = (briefing: Briefing): Briefing => structuredClone(briefing);

export function findStory(briefing: Briefing, storyId: string): { story: BriefingStory; section: SectionId } {
  const { sectionIndex, storyIndex } = locate(briefing, storyId);
  const section = briefing.sections[sectionIndex]!;
  return { story: section.stories[storyIndex]!, section: section.id };
}

/** Applies an edit and checks the new text against the kept article text; the result says a person wrote it. */
export function editStory(briefing: Briefing, storyId: string, edit: StoryEdit): Briefing {
  const next = clone(briefing);
  const { sectionIndex, storyIndex } = locate(next, storyId);
  const story = next.sections[sectionIndex]!.stories[storyIndex]!;
  const changed = (edit.headline !== undefined && edit.headline !== story.headline) || (edit.script !== undefined && edit.script !== story.script) || (edit.bullets !== undefined && edit.bullets.join('\n') !== story.bullets.join('\n'));
  if (!changed) return briefing;
  next.sections[sectionIndex]!.stories[storyIndex] = recheckStory({
    ...story,
    headline: edit.headline ?? story.headline,
    script: edit.script ?? story.script,
    bullets: edit.bullets ?? story.bullets,
    check: { ...story.check, writer: 'editor', note: 'Biên tập viên đã sửa tay; hãy tự đối chiếu lại với nguồn.' },
  });
  return recountChecks(next);
}

export function moveStory(briefing: Briefing, storyId: string, direction: 'up' | 'down'): Briefing {
  const next = clone(briefing);
  const { sectionIndex, storyIndex } = locate(next, storyId);
  const stories = next.sections[sectionIndex]!.stories;
  const target = direction === 'up' ? storyIndex - 1 : storyIndex + 1;
  if (target < 0 || target >= stories.length) return briefing;
  [stories[storyIndex], stories[target]] = [stories[target]!, stories[storyIndex]!];
  return next;
}

export function dropStory(briefing: Briefing, storyId: string): Briefing {
  const next = clone(briefing);
  const { sectionIndex, storyIndex } = locate(next, storyId);
  next.sections[sectionIndex]!.stories.splice(storyIndex, 1);
  return next;
}

export function replaceStory(briefing: Briefing, storyId: string, story: BriefingStory): Briefing {
  const next = clone(briefing);
  const { sectionIndex, storyIndex } = locate(next, storyId);
  next.sections[sectionIndex]!.stories[storyIndex] = story;
  return next;
}

export function addStory(briefing: Briefing, section: SectionId, story: BriefingStory): Briefing {
  const next = clone(briefing);
  const target = next.sections.find((item) => item.id === section);
  if (!target) throw new InputError('Mục không hợp lệ.');
  if (next.sections.some((item) => item.stories.some((existing) => existing.id === story.id))) {
    throw new InputError('Bài này đã có trong bản tin.', 409);
  }
  target.stories.push(story);
  return next;
}
