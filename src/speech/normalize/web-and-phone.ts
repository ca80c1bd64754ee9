import { DOMAIN_WORDS } from '../lexicon/domain-words.ts';
import { readDigits } from './read-number.ts';
import { isSyllablePiece, spellLetters } from './spell-letters.ts';
import type { NumberWords } from './read-number.ts';

/**
 * URLs are read as their host only ("https://vksndtc.gov.vn/tin-tuc" → "vê ca ét en đê tê xê chấm gốp
 * chấm vê en", "dichvucong.gov.vn" → "dịch vụ công chấm gốp chấm vê en"): a path read aloud helps
 * nobody in a meeting. "www." is dropped. Vietnamese words get their tones back from
 * {@link DOMAIN_WORDS}; the endings are said as Vietnamese newsreaders say them (vn "vê en", gov
 * "gốp", com "com", net "nét", org "o-rờ-gờ", edu "e-đu"). Emails are read in full with "a còng".
 * Phone numbers are read digit by digit with a pause between groups.
 */

const SUFFIXES: Record<string, string> = { vn: 'vê en', gov: 'gốp', com: 'com', net: 'nét', org: 'o-rờ-gờ', edu: 'e-đu', info: 'in-phô', int: 'in' };
/** Whole labels that are names, not Vietnamese syllables. */
const LABEL_NAMES: Record<string, string> = {
  vnexpress: 'vi en ếch-prét', vietnamplus: 'việt nam plớt', vneid: 'vê en e ai đi', zingnews: 'dinh niu', facebook: 'phây-búc',
  youtube: 'diu-túp', google: 'gu-gồ', zalo: 'da-lô', tiktok: 'tích-tốc', gmail: 'gờ-meo', yahoo: 'da-hu',
};

const toneless = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replaceAll('đ', 'd').toLowerCase();
/** Toneless, space-free form → the phrase with its tones: "dichvucong" → "dịch vụ công". */
const TONED = new Map(DOMAIN_WORDS.map((phrase) => [toneless(phrase).replaceAll(' ', ''), phrase]));
const LONGEST_PHRASE = Math.max(...[...TONED.keys()].map((key) => key.length));

/**
 * Reads a run of unaccented letters as Vietnamese words, or null when it cannot be split into
 * syllables ("vksndtc"). Cheapest split wins: a known phrase costs least, so "bocongan" is "bộ công
 * an" rather than "bo con gan"; among plain syllables, fewer pieces and fewer vowel-initial pieces
 * ("dich vu cong", not "dich vuc ong"); an unknown syllable is read without tones.
 */
function readVietnameseRun(run: string): string | null {
  const lower = run.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return null;
  // best[end]: the cheapest split of lower.slice(0, end), kept as its cost, where its last piece starts and what it says.
  const best: ({ cost: number; start: number; spoken: string } | null)[] = [{ cost: 0, start: 0, spoken: '' }];
  for (let end = 1; end <= lower.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - Math.max(7, LONGEST_PHRASE)); start < end; start++) {
      const prefix = best[start];
      if (!prefix) continue;
      const piece = lower.slice(start, end);
      const phrase = TONED.get(piece);
      const cost = phrase ? 10 : isSyllablePiece(piece) && piece.length <= 7 ? 100 + (/^[aeiouy]/.test(piece) ? 1 : 0) : null;
      if (cost === null) continue;
      if (!best[end] || prefix.cost + cost <= best[end]!.cost) best[end] = { cost: prefix.cost + cost, start, spoken: phrase ?? piece };
    }
  }
  if (!best[lower.length]) return null;
  const pieces: string[] = [];
  for (let end = lower.length; end > 0; end = best[end]!.start) pieces.push(best[end]!.spoken);
  return pieces.reverse().join(' ');
}

/** One label of a host or email: a Vietnamese word run is read with its tones ("thanhnien" → "thanh niên"), anything else spelled. */
function readLabel(label: string, words: NumberWords): string {
  const lower = label.toLowerCase();
  if (LABEL_NAMES[lower]) return LABEL_NAMES[lower];
  if (/^\d+$/.test(label)) return readDigits(label);
  if (label.length <= 2) return spellLetters(label, words);
  // "mic.gov.vn", "moj.gov.vn": a short label that is not a known word is an acronym.
  if (label.length <= 3 && !TONED.has(lower)) return spellLetters(label, words);
  return readVietnameseRun(label) ?? spellLetters(label, words);
}

function readHostLabel(label: string, index: number, count: number, words: NumberWords): string {
  // The endings (.gov.vn, .com.vn, .net) are said by name; the same letters at the front are a word ("com" in com.vn is rare).
  const suffix = SUFFIXES[label.toLowerCase()];
  if (suffix && index > 0 && index >= count - 2) return suffix;
  return label.split('-').map((part) => readLabel(part, words)).join(' gạch ngang ');
}

function readHost(host: string, words: NumberWords): string {
  const labels = host.replace(/^www\./i, '').split('.').filter(Boolean);
  return labels.map((label, index) => readHostLabel(label, index, labels.length, words)).join(' chấm ');
}

const PHONE_CONTEXT = /(điện thoại|hotline|đường dây nóng|số máy|fax|SĐT|ĐT)\s*:?\s*$/iu;

/**
 * Emergency and public-service numbers (111 child protection, 112 rescue, 113 police, 114 fire,
 * 115 ambulance, 1022 the provincial citizen line…) are said digit by digit, but only where the
 * text is about calling: "Đã xử lý 113 vụ" stays a count.
 */
const SERVICE_NUMBER = /(?<![\p{L}\p{N}.,/-])(11[1-6]|1022|1055|1080|1088)(?![\p{N}]|[.,/-]\p{N}|\s*(?:vụ|người|trường hợp|lượt|cuộc|ca|xe|hộ|đồng|triệu|tỷ|nghìn|ngàn|%))/gu;
const SERVICE_CONTEXT = /(?<![\p{L}])(gọi|bấm|quay|nhấn|tổng đài|đường dây|hotline|cấp cứu|cứu hỏa|cứu hộ|cứu nạn|khẩn cấp|đầu số|qua số|đến số|tới số|số điện thoại|liên hệ|báo ngay|trực)(?![\p{L}])[^.;:!?\d]{0,30}$/iu;
/** Names of a service right before its number: "Cảnh sát 113", "Trung tâm 1022". */
const SERVICE_NAME = /(?<![\p{L}])(cảnh sát|trung tâm|hệ thống|ứng dụng)\s+$/iu;
/** Toll-free and shared-cost lines: 1800 1091, 1900 9095, 18001091 are never amounts. */
const SHARED_LINE = /(?<![\p{L}\p{N}.,])(1[89]00)[\s.]?(\d{3,4})(?![\p{N}]|[.,]\d)/gu;

function readPhone(raw: string): string {
  const groups = raw.trim().split(/[\s.-]+/).filter(Boolean);
  return groups.map((group) => (group.startsWith('+') ? `cộng ${readDigits(group.slice(1))}` : readDigits(group))).join(', ');
}

export function normalizeWebAndPhone(text: string, words: NumberWords): string {
  let out = text;
  out = out.replace(/(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (email) => {
    const [local = '', host = ''] = email.split('@');
    const user = local.split(/[._+-]/).filter(Boolean).map((part) => readLabel(part, words)).join(' chấm ');
    return `${user} a còng ${readHost(host, words)}`;
  });
  out = out.replace(/(?:https?:\/\/|www\.)[^\s]+/giu, (url) => {
    const trailing = /[.,;:!?)]+$/.exec(url)?.[0] ?? '';
    const host = url.slice(0, url.length - trailing.length).replace(/^https?:\/\//i, '').split(/[/?#:]/)[0] ?? '';
    return `${readHost(host, words)}${trailing}`;
  });
  // Bare domains: dantri.com.vn, baodongthap.vn
  out = out.replace(/(?<![\p{L}\p{N}@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|gov|edu|info|int)(?![\p{L}\p{N}])(?:\/[^\s]*)?/gu, (match) => {
    const trailing = /[.,;:!?)]+$/.exec(match)?.[0] ?? '';
    return `${readHost(match.slice(0, match.length - trailing.length).split('/')[0] ?? '', words)}${trailing}`;
  });
  // 0913 123 456, 0277.3851.234, 0123-456-789, +84 913 123 456
  out = out.replace(/(?<![\p{L}\p{N}.,])(?:\+84[\s.-]?|0)\d{1,4}(?:[\s.-]?\d{2,4}){1,4}(?![\p{N}]|[.,]\d)/gu, (match) => {
    const digits = match.replace(/\D/g, '');
    const national = match.startsWith('+') ? digits.length - 2 : digits.length - 1;
    if (national < 8 || national > 10) return match;
    return readPhone(match);
  });
  out = out.replace(SHARED_LINE, (_m, head: string, tail: string) => `${readDigits(head)}, ${readDigits(tail)}`);
  out = out.replace(SERVICE_NUMBER, (match, _n, offset: number, all: string) => {
    const before = all.slice(Math.max(0, offset - 50), offset);
    return SERVICE_CONTEXT.test(before) || SERVICE_NAME.test(before) ? readDigits(match) : match;
  });
  // Hotlines and short numbers after a word that announces a phone number: "đường dây nóng 1900 1234".
  out = out.replace(/\d[\d\s.-]{3,}\d/gu, (match, offset: number, all: string) => (PHONE_CONTEXT.test(all.slice(Math.max(0, offset - 30), offset)) ? readPhone(match) : match));
  return out;
}
