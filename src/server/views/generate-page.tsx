import type { Config } from '../../config.ts';
import { SECTION_IDS, SECTION_TITLES } from '../../domain/sections.ts';
import type { Session } from '../auth/sessions.ts';
import type { JobRecord } from '../jobs/job-record.ts';
import type { Settings } from '../state/cell-settings.ts';
import { toLocalInput } from './format.ts';
import { JobPanel } from './job-panel.tsx';
import { CsrfField, Layout, type Flash } from './layout.tsx';

/** Voices the config's engine offers, with Vietnamese names. */
export function voiceChoices(config: Config): Array<{ value: string; label: string }> {
  if (config.voice.provider === 'azure') {
    return [
      { value: 'vi-VN-HoaiMyNeural', label: 'Hoài My (nữ, Azure)' },
      { value: 'vi-VN-NamMinhNeural', label: 'Nam Minh (nam, Azure)' },
    ];
  }
  return [
    { value: 'vi-vn-x-south', label: 'Giọng miền Nam (ngoại tuyến)' },
    { value: 'vi', label: 'Giọng miền Bắc (ngoại tuyến)' },
    { value: 'vi-vn-x-central', label: 'Giọng miền Trung (ngoại tuyến)' },
  ];
}

export function GeneratePage(props: { session: Session; cellName: string; settings: Settings; config: Config; window: { since: string; until: string }; job: JobRecord | null; sinceLastBulletin: boolean; sampleAvailable?: boolean; flash?: Flash | null }) {
  const { settings } = props;
  const running = props.job?.status === 'running';
  return (
    <Layout title="Tạo bản tin" session={props.session} page="generate" cellName={props.cellName} flash={props.flash}>
      <h1>Tạo bản tin</h1>
      {props.job && <JobPanel job={props.job} session={props.session} />}
      {!running && (
        <form method="post" action="/generate" class="card">
          <CsrfField session={props.session} />
          {props.sampleAvailable && (
            <fieldset class="choices">
              <legend>Nguồn tin</legend>
              <label class="choice">
                <input type="radio" name="source" value="catalog" checked /> Danh mục nguồn tin của chi bộ (cần kết nối Internet)
              </label>
              <label class="choice">
                <input type="radio" name="source" value="sample" /> Tin mẫu để chạy thử (không cần Internet; sự kiện giả định, không dùng trong buổi họp)
              </label>
            </fieldset>
          )}
          <h2>Khoảng thời gian lấy tin</h2>
          <p class="muted small">{props.sinceLastBulletin ? 'Mặc định: từ lúc kết thúc bản tin trước đến bây giờ.' : 'Mặc định: 7 ngày gần nhất.'}</p>
          <div class="grid2">
            <div>
              <label for="since">Từ</label>
              <input id="since" name="since" type="datetime-local" value={toLocalInput(props.window.since)} required />
            </div>
            <div>
              <label for="until">Đến</label>
              <input id="until" name="until" type="datetime-local" value={toLocalInput(props.window.until)} required />
            </div>
          </div>
          <div class="grid2">
            <div>
              <label for="targetMinutes">Thời lượng đọc (phút)</label>
              <input id="targetMinutes" name="targetMinutes" type="number" min="2" max="60" step="1" value={String(settings.targetMinutes)} required />
            </div>
            <div>
              <label for="voice">Giọng đọc</label>
              <select id="voice" name="voice">
                {voiceChoices(props.config).map((choice) => (
                  <option value={choice.value} selected={choice.value === settings.voice}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <h2>Số tin mỗi mục</h2>
          <div class="grid5">
            {SECTION_IDS.map((id) => (
              <div>
                <label for={`quota-${id}`}>{SECTION_TITLES[id]}</label>
                <input id={`quota-${id}`} name={`quota.${id}`} type="number" min="0" max="20" step="1" value={String(settings.quotas[id] ?? 0)} />
              </div>
            ))}
          </div>
          <div class="actions">
            <button type="submit" class="big" data-busy="Đang bắt đầu…">
              Tạo bản tin
            </button>
          </div>
        </form>
      )}
    </Layout>
  );
}

export function JobPage(props: { session: Session; cellName: string; job: JobRecord; flash?: Flash | null }) {
  return (
    <Layout title={props.job.title} session={props.session} page="other" cellName={props.cellName} flash={props.flash}>
      <h1>{props.job.title}</h1>
      <JobPanel job={props.job} session={props.session} />
    </Layout>
  );
}
