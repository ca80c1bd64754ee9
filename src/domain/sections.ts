import { z } from 'zod';

/**
 * A section (mục) of the bulletin, always read in this order:
 * tinh = tin trong tỉnh (Đồng Tháp), trong-nuoc = tin trong nước, doi-ngoai = hoạt động đối ngoại,
 * the-gioi = tin thế giới, nganh = điểm tin hoạt động trong Ngành (procuracy / justice sector).
 */
export const SECTION_IDS = ['tinh', 'trong-nuoc', 'doi-ngoai', 'the-gioi', 'nganh'] as const;

export const SectionIdSchema = z.enum(SECTION_IDS);
export type SectionId = z.infer<typeof SectionIdSchema>;

/** Vietnamese titles as read aloud and shown on slides. */
export const SECTION_TITLES: Record<SectionId, string> = {
  tinh: 'Tin trong tỉnh',
  'trong-nuoc': 'Tin trong nước',
  'doi-ngoai': 'Hoạt động đối ngoại',
  'the-gioi': 'Tin thế giới',
  nganh: 'Điểm tin hoạt động trong Ngành',
};

/** Stories per section for a bulletin of about ten minutes. */
export const DEFAULT_QUOTAS: Record<SectionId, number> = {
  tinh: 4,
  'trong-nuoc': 4,
  'doi-ngoai': 2,
  'the-gioi': 3,
  nganh: 3,
};
