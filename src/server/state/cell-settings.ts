import { z } from 'zod';
import type { Config } from '../../config.ts';
import { MemberSchema, type Member } from '../../config.ts';
import { CatalogSchema, type Catalog } from '../../domain/catalog.ts';
import { SECTION_IDS, type SectionId } from '../../domain/sections.ts';
import { getJson, putJson, type Storage } from '../../providers/storage/storage.ts';

/** The generation settings an editor changes on the Tạo bản tin page; they override the base config. */
export const SettingsSchema = z.object({
  targetMinutes: z.coerce.number({ error: 'Thời lượng phải là một số.' }).min(2, 'Thời lượng tối thiểu 2 phút.').max(60, 'Thời lượng tối đa 60 phút.'),
  voice: z.string().trim().min(1, 'Chọn giọng đọc.').max(80),
  quotas: z.record(
    z.enum(SECTION_IDS),
    z.coerce.number({ error: 'Số tin mỗi mục phải là một số.' }).int('Số tin mỗi mục phải là số nguyên.').min(0, 'Số tin mỗi mục không được âm.').max(20, 'Mỗi mục tối đa 20 tin.'),
  ),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const RosterSchema = z.array(MemberSchema);

/** Catalog, roster and settings of the cell, kept in the store as JSON. */
export function createCellSettings(store: Storage, base: { config: Config; defaultCatalog: Catalog }) {
  return {
    async catalog(): Promise<Catalog> {
      return (await getJson<Catalog>(store, 'catalog')) ?? base.defaultCatalog;
    },
    async saveCatalog(catalog: Catalog): Promise<void> {
      await putJson(store, 'catalog', CatalogSchema.parse(catalog));
    },
    async roster(): Promise<Member[]> {
      return (await getJson<Member[]>(store, 'roster')) ?? base.config.members;
    },
    async saveRoster(members: Member[]): Promise<void> {
      await putJson(store, 'roster', RosterSchema.parse(members));
    },
    async settings(): Promise<Settings> {
      const saved = await getJson<Settings>(store, 'settings');
      return saved ?? { targetMinutes: base.config.targetMinutes, voice: base.config.voice.name, quotas: { ...base.config.quotas } as Record<SectionId, number> };
    },
    async saveSettings(settings: Settings): Promise<void> {
      await putJson(store, 'settings', SettingsSchema.parse(settings));
    },
    /** The config of one run: the base config with the saved settings and roster applied. */
    async runConfig(): Promise<Config> {
      const [settings, members] = await Promise.all([this.settings(), this.roster()]);
      return { ...base.config, targetMinutes: settings.targetMinutes, quotas: settings.quotas, members, voice: { ...base.config.voice, name: settings.voice } };
    },
  };
}

export type CellSettings = ReturnType<typeof createCellSettings>;
