import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BantinError } from '../../../src/domain/errors.ts';
import { DEFAULT_LEXICON, createLexicon, mergeLexicons, normalizeForSpeech, parseLexicon } from '../../../src/speech/normalize/normalize.ts';

function parseError(text: string, fileName?: string): BantinError {
  try {
    parseLexicon(text, fileName);
  } catch (error) {
    if (error instanceof BantinError) return error;
    throw error;
  }
  throw new Error('parseLexicon accepted a malformed file');
}

describe('parseLexicon', () => {
  it('reads written<TAB>spoken pairs and skips comments and blank lines', () => {
    const lexicon = parseLexicon('# ghi chú\n\nVKSĐT\tViện kiểm sát nhân dân tỉnh Đồng Tháp\r\n  # thụt lề\nSa Đéc\tSa Đéc\n');
    expect([...lexicon]).toEqual([
      ['VKSĐT', 'Viện kiểm sát nhân dân tỉnh Đồng Tháp'],
      ['Sa Đéc', 'Sa Đéc'],
    ]);
  });

  it('ignores a byte-order mark and normalizes entries to NFC', () => {
    const lexicon = parseLexicon(`\uFEFF${'Đồng Tháp\tĐồng Tháp'.normalize('NFD')}`);
    expect(lexicon.get('Đồng Tháp')).toBe('Đồng Tháp');
  });

  it('names the file and line of a line without a tab', () => {
    const error = parseError('# ok\nVKSĐT Viện kiểm sát\n', 'feeds/lexicon.tsv');
    expect(error.userMessage).toContain('"feeds/lexicon.tsv", dòng 2');
    expect(error.userMessage).toContain('không có dấu Tab');
  });

  it('names the file and line of a line with too many tabs', () => {
    const error = parseError('A\tB\nC\tD\tE\n', 'tu-dien.tsv');
    expect(error.userMessage).toContain('"tu-dien.tsv", dòng 2');
    expect(error.userMessage).toContain('có 2 dấu Tab');
  });

  it('reports a missing spoken form', () => {
    const error = parseError('VKSĐT\t   \n', 'x.tsv');
    expect(error.userMessage).toContain('dòng 1');
    expect(error.userMessage).toContain('thiếu cách đọc');
  });

  it('reports a missing written form', () => {
    expect(parseError('\tViện kiểm sát\n').userMessage).toContain('thiếu cách viết');
  });

  it('parses the example lexicon shipped in feeds/', () => {
    const lexicon = parseLexicon(readFileSync('feeds/lexicon.example.tsv', 'utf8'), 'feeds/lexicon.example.tsv');
    expect(lexicon.get('VKSĐT')).toBe('Viện kiểm sát nhân dân tỉnh Đồng Tháp');
  });
});

describe('lexicons in normalizeForSpeech', () => {
  it('has at least 80 built-in entries including the required abbreviations', () => {
    expect(DEFAULT_LEXICON.size).toBeGreaterThanOrEqual(80);
    for (const key of ['VKSND', 'VKSNDTC', 'VKSTC', 'TAND', 'TANDTC', 'UBND', 'HĐND', 'TP.HCM', 'TP', 'ĐBSCL', 'THPT', 'THCS', 'BCH', 'MTTQ', 'BCHTW', 'QH', 'CSGT', 'CAND', 'QĐND', 'BHXH', 'GDP', 'ASEAN', 'WTO', 'UN', 'LHQ', 'EU', 'Washington', 'Putin', 'Trump', 'Moskva', 'Singapore', 'Indonesia', 'Facebook']) {
      expect(DEFAULT_LEXICON.has(key), key).toBe(true);
    }
  });

  it('expands a user abbreviation the built-in lexicon does not know', () => {
    const lexicon = parseLexicon('VKSĐT\tViện kiểm sát nhân dân tỉnh Đồng Tháp\n');
    expect(normalizeForSpeech('VKSĐT tổ chức hội nghị.')).toBe('vê ca ét đê tê tổ chức hội nghị.');
    expect(normalizeForSpeech('VKSĐT tổ chức hội nghị.', { lexicon })).toBe('Viện kiểm sát nhân dân tỉnh Đồng Tháp tổ chức hội nghị.');
  });

  it('lets a user entry override a built-in one', () => {
    const lexicon = parseLexicon('GDP\ttổng sản phẩm trong nước\n');
    expect(normalizeForSpeech('GDP tăng 7%.')).toBe('gờ đê pê tăng bảy phần trăm.');
    expect(normalizeForSpeech('GDP tăng 7%.', { lexicon })).toBe('tổng sản phẩm trong nước tăng bảy phần trăm.');
  });

  it('reads digits inside a spoken form as words', () => {
    const lexicon = parseLexicon('VKSKV1\tViện kiểm sát nhân dân khu vực 1\n');
    expect(normalizeForSpeech('VKSKV1 kiểm sát', { lexicon })).toBe('Viện kiểm sát nhân dân khu vực một kiểm sát');
  });

  it.each([
    ['a date in a name', 'Đường 30/4', 'Đường 30/4 được mở rộng.', 'Đại lộ Ba Mươi Tháng Tư', 'Đường ba mươi tháng tư được mở rộng.'],
    ['a ratio', '12/12', 'Hoàn thành 12/12 chỉ tiêu.', 'tất cả mười hai', 'Hoàn thành mười hai trên mười hai chỉ tiêu.'],
    ['a service number', '1022', 'Gọi tổng đài 1022.', 'một nghìn không trăm hai mươi hai', 'Gọi tổng đài một không hai hai.'],
    ['a domain name', 'dichvucong.gov.vn', 'Nộp tại dichvucong.gov.vn.', 'Cổng Dịch vụ công quốc gia', 'Nộp tại dịch vụ công chấm gốp chấm vê en.'],
    ['a respelled name', 'Trump', 'Ông Trump phát biểu.', 'Trăm', 'Ông Tơ-răm phát biểu.'],
    ['a Roman numeral', 'loại I', 'Đô thị loại I.', 'hạng nhất', 'Đô thị loại một.'],
    ['a built-in abbreviation', 'TNHH MTV', 'Công ty TNHH MTV Cấp nước.', 'một thành viên', 'Công ty trách nhiệm hữu hạn một thành viên Cấp nước.'],
  ])('lets the user lexicon override %s', (_what, written, input, spoken, builtIn) => {
    expect(normalizeForSpeech(input)).toBe(builtIn);
    const user = normalizeForSpeech(input, { lexicon: parseLexicon(`${written}\t${spoken}\n`) });
    expect(user).toContain(spoken);
    expect(user).not.toBe(builtIn);
  });

  it('applies user entries the same way when the caller passes them already merged with the built-in lexicon', () => {
    const user = parseLexicon('Trump\tĐô-nan Trăm\n');
    expect(normalizeForSpeech('Ông Trump.', { lexicon: mergeLexicons(DEFAULT_LEXICON, user) })).toBe('Ông Đô-nan Trăm.');
    expect(normalizeForSpeech('Ông Trump.', { lexicon: DEFAULT_LEXICON })).toBe('Ông Tơ-răm.');
  });

  it('still reads a user abbreviation that is part of a document code as its issuer', () => {
    const lexicon = parseLexicon('VKSĐT\tViện kiểm sát nhân dân tỉnh Đồng Tháp\n');
    expect(normalizeForSpeech('Theo Quyết định 12/QĐ-VKSĐT.', { lexicon })).toBe('Theo Quyết định số mười hai của Viện kiểm sát nhân dân tỉnh Đồng Tháp.');
  });

  it('does not apply a user entry twice when its spoken form contains the written form', () => {
    const lexicon = parseLexicon('Tô Lâm\tTổng Bí thư Tô Lâm\n');
    expect(normalizeForSpeech('Đồng chí Tô Lâm phát biểu.', { lexicon })).toBe('Đồng chí Tổng Bí thư Tô Lâm phát biểu.');
  });

  it('matches whole tokens only', () => {
    expect(normalizeForSpeech('Ông Trumpeter phát biểu.')).toBe('Ông Trumpeter phát biểu.');
  });

  it('merges lexicons so that later ones win', () => {
    const merged = mergeLexicons(createLexicon({ A1: 'một', B1: 'hai' }), createLexicon({ B1: 'ba' }));
    expect([...merged]).toEqual([
      ['A1', 'một'],
      ['B1', 'ba'],
    ]);
  });
});
