import { toSpoken } from '../src/stages/check/spoken-form.ts';
for (const s of ['Ngày 11-11-2014, bắt 3 gói (344,5 g) và 5 năm tù, 8 năm tù; năm 2025 có năm bị cáo.', 'Tháng 4-5/2017; 1,5 tỉ đồng; 664 tỷ; 22.313 ha; 3.200.000.000 đồng; hơn 7 triệu; 15,4%; 2 tỷ rưỡi', 'Từ 11/2, 13 tỉnh thành; 23h59 ngày 14/4/2017. Nhiệm kỳ là năm năm (2015-2020), lần thứ XII, ngày làm việc thứ năm.'])
  console.log(toSpoken(s).sentences.map((t) => t.map((x) => (x.breakBefore ? '|' : '') + x.word + (x.weak ? '?' : '')).join(' ')).join('\n'));
