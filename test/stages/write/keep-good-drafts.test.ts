import { afterEach, describe, expect, it } from 'vitest';
import type { Story } from '../../../src/domain/collected.ts';
import type { SectionId } from '../../../src/domain/sections.ts';
import { loadPromptTemplate } from '../../../src/providers/llm/load-prompt-node.ts';
import { createOpenAiSummarizer } from '../../../src/providers/llm/openai.ts';
import { writeBriefing } from '../../../src/stages/write.ts';
import { checkBriefing } from '../../../src/stages/check.ts';
import { draftReply, startFakeChatServer, type FakeChatServer, type Responder } from '../../providers/llm/fake-chat-server.ts';
import { firstSource } from '../../providers/llm/fake-models.ts';
import { collected, testConfig, writeDeps } from './write-fixtures.ts';

const prompt = loadPromptTemplate('summarize-story');

/** Team-written articles, each with a notation an editor may change, and a faithful rewrite in the other notation. */
const ARTICLES: Array<{ section: SectionId; title: string; text: string; rewrite: string }> = [
  {
    section: 'tinh',
    title: 'Hội nghị tập huấn cho đoàn viên',
    text: 'Tháng 3/2025, VKSND tỉnh Đồng Tháp phối hợp Đoàn TNCS Hồ Chí Minh tổ chức hội nghị tập huấn cho 120 đoàn viên. Hội nghị bắt đầu lúc 7h30 tại TP Cao Lãnh.',
    rewrite: 'Tháng 3 năm 2025, Viện kiểm sát nhân dân tỉnh Đồng Tháp phối hợp Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức hội nghị tập huấn cho một trăm hai mươi đoàn viên, bắt đầu lúc 7 giờ 30 phút tại Thành phố Cao Lãnh.',
  },
  {
    section: 'trong-nuoc',
    title: 'Xét xử đường dây ma túy',
    text: 'Ngày 20/11/2026, TAND TP HCM xét xử 8 bị cáo trong đường dây mua bán ma túy. Bị cáo Nguyễn Văn Tâm bị tuyên phạt 12 năm tù.',
    rewrite: 'Ngày 20 tháng 11 năm 2026, Tòa án nhân dân Thành phố Hồ Chí Minh xét xử tám bị cáo trong đường dây mua bán ma túy; bị cáo Nguyễn Văn Tâm bị tuyên phạt mười hai năm tù.',
  },
  {
    section: 'doi-ngoai',
    title: 'Tiếp đoàn đại biểu Lào',
    text: 'Ngày 22/11/2026, đoàn đại biểu Viện Kiểm sát nhân dân tối cao Lào thăm tỉnh Đồng Tháp, trao đổi về kết quả Hội nghị Trung ương 6 khóa XIII.',
    rewrite: 'Ngày 22/11/2026, đoàn đại biểu Viện kiểm sát nhân dân tối cao Lào thăm tỉnh Đồng Tháp, trao đổi về kết quả Hội nghị Trung ương 6 khóa 13.',
  },
  {
    section: 'the-gioi',
    title: 'Mưa lớn ở miền Bắc Thái Lan',
    text: 'Lúc 12h30 ngày 23/11/2026, chính quyền tỉnh Chiang Mai nâng mức báo động III do mưa lớn. Khoảng 2.500 hộ dân phải sơ tán.',
    rewrite: 'Lúc 12 giờ 30 phút ngày 23/11/2026, chính quyền tỉnh Chiang Mai nâng mức báo động 3 do mưa lớn, khoảng 2500 hộ dân phải sơ tán.',
  },
  {
    section: 'nganh',
    title: 'Kiểm sát việc tạm giữ',
    text: 'Ngày 24/11/2026, VKSND huyện Tháp Mười đã kiểm sát trực tiếp Nhà tạm giữ Công an huyện. Qua kiểm sát, đơn vị đã ban hành 1 kiến nghị.',
    rewrite: 'Ngày 24/11/2026, Viện kiểm sát nhân dân huyện Tháp Mười đã kiểm sát trực tiếp Nhà tạm giữ Công an huyện và đã ban hành một kiến nghị.',
  },
];

function stories(): Story[] {
  return ARTICLES.map((article, index) => {
    const source = { feedId: `nguon-${index}`, name: 'Báo Đồng Tháp', url: `https://baodongthap.vn/bai-${index}.html`, title: article.title, published: '2026-11-24T03:00:00Z', official: false, text: article.text };
    return { id: `tin-${index}`, section: article.section, title: article.title, published: source.published, score: 1, sources: [source], text: article.text };
  });
}

const byTitle = (title: string) => ARTICLES.find((article) => article.title === title)!;

let server: FakeChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function writeWith(respond: Responder) {
  server = await startFakeChatServer(respond);
  const summarizer = createOpenAiSummarizer({ baseURL: server.baseURL, apiKey: 'test', model: 'fake-model', timeoutMs: 5000, prompt, maxRetries: 0 });
  const deps = writeDeps(summarizer);
  const briefing = await writeBriefing(collected(stories()), { config: testConfig(), meetingDate: '2026-11-27' }, deps);
  return { briefing, deps, stories: briefing.sections.flatMap((section) => section.stories) };
}

describe('keeping good drafts with an OpenAI-compatible server', () => {
  it('keeps every faithful draft written in another notation, with no request to rewrite', async () => {
    const { stories: written, briefing } = await writeWith((request) => {
      const article = byTitle(firstSource(request).title);
      return draftReply({ headline: article.title, script: `Theo Báo Đồng Tháp, ${article.rewrite}`, bullets: [article.title, article.rewrite.split(',')[0]!] });
    });
    expect(written).toHaveLength(5);
    for (const story of written) {
      expect(story.check, `${story.headline}: ${JSON.stringify(story.check.issues)}`).toMatchObject({ writer: 'llm', status: 'passed', issues: [] });
      expect(story.script).toContain(byTitle(story.headline).rewrite);
    }
    expect(server!.requests).toHaveLength(5);
    expect(briefing.report).toMatchObject({ checked: 5, flagged: 0, fallback: 0 });
  });

  it('tells the model the meeting date and the news window, and asks for absolute dates', async () => {
    await writeWith((request) => {
      const article = byTitle(firstSource(request).title);
      return draftReply({ headline: article.title, script: `Theo Báo Đồng Tháp, ${article.rewrite}`, bullets: [article.title, 'Tin trong tuần'] });
    });
    const system = server!.requests[0]!.messages[0]!.content;
    expect(system).toContain('ngày 27/11/2026');
    expect(system).toContain('từ ngày 20/11/2026 đến ngày 27/11/2026');
    expect(system).toContain('ghi ngày cụ thể');
  });

  it('flags the story of a model that flips a negation, and quotes the article to it when asking again', async () => {
    const { briefing, stories: written, deps } = await writeWith((request) => {
      const article = byTitle(firstSource(request).title);
      const script = article.section === 'nganh' ? 'Theo Báo Đồng Tháp, ngày 24/11/2026, VKSND huyện Tháp Mười chưa kiểm sát trực tiếp Nhà tạm giữ Công an huyện.' : `Theo Báo Đồng Tháp, ${article.rewrite}`;
      return draftReply({ headline: article.title, script, bullets: [article.title, 'Tin trong tuần'] });
    });
    const nganh = written.find((story) => story.headline === 'Kiểm sát việc tạm giữ' || story.id === 'tin-4')!;
    expect(nganh.check.status).not.toBe('passed');
    expect(nganh.check.issues.some((issue) => issue.kind === 'negation')).toBe(true);
    expect(nganh.script).not.toContain('chưa kiểm sát');
    const retry = server!.requests.filter((request) => firstSource(request).title === 'Kiểm sát việc tạm giữ')[1]!;
    expect(retry.messages[1]!.content).toContain('ý phủ định');
    expect(retry.messages[1]!.content).toContain('bài gốc viết: "Ngày 24/11/2026, VKSND huyện Tháp Mười đã kiểm sát trực tiếp Nhà tạm giữ Công an huyện."');
    checkBriefing(briefing, deps);
    expect(deps.report.problems.some((problem) => problem.stage === 'check' && problem.item === 'Kiểm sát việc tạm giữ')).toBe(true);
    expect(written.filter((story) => story.id !== nganh.id).every((story) => story.check.status === 'passed')).toBe(true);
  });
});
