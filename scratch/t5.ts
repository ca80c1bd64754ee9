import { checkFacts } from '../src/stages/check/check-facts.ts';
const SOURCE = [
  'Ngày 20/11/2026, Viện kiểm sát nhân dân tỉnh Đồng Tháp truy tố 12 bị can, thu hồi 3,2 tỷ đồng.',
  'Tổng số tiền giao dịch hơn 86,5 tỷ đồng, tăng 15,4% so với năm 2025; 1.234 người chơi.',
].join(' ');
console.log(checkFacts({ headline: 'Tin', script: 'Có 1234 người chơi, giao dịch 86.5 tỷ đồng.', bullets: ['Ý một', 'Ý hai'] }, [SOURCE]));
