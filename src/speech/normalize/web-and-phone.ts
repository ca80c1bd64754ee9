import { readDigits } from './read-number.ts';
import { spellLetters, splitSyllables } from './spell-letters.ts';
import type { NumberWords } from './read-number.ts';

/**
 * URLs are read as their host only ("https://vksndtc.gov.vn/tin-tuc" → "vê ca ét … chấm gờ ô vê chấm
 * vê en", "thanhnien.vn" → "thanh nien chấm vê en"): a path read aloud helps nobody in a meeting. "www." is dropped. Emails are read in full
 * with "a còng". Phone numbers are read digit by digit with a pause between groups.
 */

/** One label of a host or email: a Vietnamese word run is read ("thanhnien" → "thanh nien"), anything else spelled. */
function readLabel(label: string, words: NumberWords): string {
  if (/^\d+$/.test(label)) return readDigits(label);
  if (label.length <= 2) return spellLetters(label, words);
  return splitSyllables(label) ?? spellLetters(label, words);
}

function readHost(host: string, words: NumberWords): string {
  return host
    .replace(/^www\./i, '')
    .split('.')
    .filter(Boolean)
    .map((label) => label.split('-').map((part) => readLabel(part, words)).join(' gạch ngang '))
    .join(' chấm ');
}

const PHONE_CONTEXT = /(điện thoại|hotline|đường dây nóng|số máy|fax|SĐT|ĐT)\s*:?\s*$/iu;

/**
 * Emergency and public-service numbers (111 child protection, 112 rescue, 113 police, 114 fire,
 * 115 ambulance, 1022 the provincial citizen line…) are said digit by digit, but only where the
 * text is about calling: "Đã xử lý 113 vụ" stays a count.
 */
const SERVICE_NUMBER = /(?<![\p{L}\p{N}.,/-])(11[1-6]|1022|1055|1080|1088)(?![\p{N}]|[.,/-]\p{N}|\s*(?:vụ|người|trường hợp|lượt|cuộc|ca|xe|hộ|đồng|triệu|tỷ|nghìn|ngàn|%))/gu;
const SERVICE_CONTEXT = /(?<![\p{L}])(gọi|bấm|quay|nhấn|tổng đài|đường dây|hotline|cấp cứu|cứu hỏa|cứu hộ|cứu nạn|khẩn cấp|đầu số|qua số|đến số|tới số|số điện thoại|liên hệ|báo ngay|trực)(?![\p{L}])[^.;:!?\d]{0,30}$/iu;
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
  out = out.replace(SERVICE_NUMBER, (match, _n, offset: number, all: string) => (SERVICE_CONTEXT.test(all.slice(Math.max(0, offset - 50), offset)) ? readDigits(match) : match));
  // Hotlines and short numbers after a word that announces a phone number: "đường dây nóng 1900 1234".
  out = out.replace(/\d[\d\s.-]{3,}\d/gu, (match, offset: number, all: string) => (PHONE_CONTEXT.test(all.slice(Math.max(0, offset - 30), offset)) ? readPhone(match) : match));
  return out;
}
