/**
 * How the real feeds of ../shared/corpus/rss should group, written by reading the 93 items by
 * hand before any tuning. Items are named by a unique part of their link. Items not listed are
 * expected to stand alone, except the follow-up angles of the ASEAN Cup final (player ratings,
 * fans in the street, the team's record…), which may go either way.
 */
export interface ExpectedGroup {
  /** What the reports have in common, for the printout. */
  event: string;
  links: string[];
}

export const EXPECTED_GROUPS: ExpectedGroup[] = [
  {
    event: "Thai coach Hudson's press conference after the 0-2 loss (three outlets, three titles)",
    links: ['neu-khong-tin-thang-noi-viet-nam', 'chung-toi-khong-dang-thua-viet-nam', 'hlv-thai-lan-hop-bao-sau-khi-thua-viet-nam'],
  },
  { event: "Coach Kim's press conference (one article in two VnExpress feeds)", links: ['hlv-kim-hop-bao-sau-khi-viet-nam-danh-bai-thai-lan'] },
  { event: 'Online fraud down 56% (one article in two VnExpress feeds)', links: ['lua-dao-truc-tuyen-tai-viet-nam'] },
  { event: 'Vietnam 2-0 Thailand: the goals of Hai Long and Quang Hải (match report and goal report)', links: ['ket-qua-thai-lan-vs-viet-nam', 'hai-long-quang-hai-ghi-ban-sau-khi-hlv-kim'] },
  { event: 'Ngọc Trinh water-skiing on the Saigon river (video and photo items of one feed)', links: ['ngoc-trinh-luot-van-tren-song-sai-gon', 'ngoc-trinh-thue-du-thuyen-luot-van'] },
  { event: 'A test item published twice in one feed (test-folder, "TVB 4" and "TVB 2")', links: ['con-hem-tram-tuoi-o-sai-gon-nhieu-lan-len-phim-tvb-4', 'con-hem-tram-tuoi-o-sai-gon-nhieu-lan-len-phim-tvb-2'] },
];

/** Pairs that are different events though they look alike; a cluster holding both is wrong. */
export const EXPECTED_APART: Array<{ why: string; links: [string, string] }> = [
  { why: 'two coaches, two press conferences', links: ['hlv-kim-hop-bao-sau-khi-viet-nam-danh-bai-thai-lan', 'hlv-thai-lan-hop-bao-sau-khi-thua-viet-nam'] },
  { why: 'two coaches, two press conferences', links: ['hlv-kim-hop-bao-sau-khi-viet-nam-danh-bai-thai-lan', 'chung-toi-khong-dang-thua-viet-nam'] },
  { why: 'Kim Jong-nam case: the female suspect vs the embassy and the male suspect', links: ['nu-nghi-pham-sat-hai-kim-jong-nam-lam-gi', 'dai-su-quan-trieu-tien-tiep-xuc-nam-nghi-pham'] },
  { why: 'Kim Jong-nam case: two different reports on the female suspects', links: ['nu-nghi-pham-sat-hai-kim-jong-nam-lam-gi', 'chuyen-gia-danh-gia-nu-nghi-pham'] },
  { why: "Trump's Asia trip: skipping the summit vs the red carpet", links: ['ong-trump-huy-du-hoi-nghi-thuong-dinh', 'ong-trump-noi-duoc-chau-a-trai-tham-do'] },
  { why: 'Finance minister on household tax vs on sea reclamation', links: ['ho-kinh-doanh-nao-co-the-duoc-giam-30-thue', 'lan-bien-xay-dung-do-thi'] },
  { why: 'Ukraine: Starlink strikes vs missiles on Kiev', links: ['ukraine-muon-dung-starlink', 'kiev-rung-chuyen'] },
  { why: 'two disciplined officials', links: ['pho-tu-lenh-quan-khu-1-nhan-ky-luat', 'bi-thu-chu-tich-vinh-phuc-bi-yeu-cau-kiem-diem'] },
  { why: 'two real-estate advertorials about different projects', links: ['saigon-mystery-villas', 'riovista'] },
  { why: 'pre-match line-up vs result', links: ['truc-tiep-thai-lan-vs-viet-nam', 'ket-qua-thai-lan-vs-viet-nam'] },
];

/**
 * Items that must not reach a news section, with the kind of rule that should keep them out.
 * Anything else the rules reject is printed too, for a person to judge.
 */
export const EXPECTED_IRRELEVANT: Array<{ kind: 'giải trí' | 'thể thao' | 'quảng cáo' | 'thử nghiệm' | 'tiếng nước ngoài'; link: string }> = [
  { kind: 'giải trí', link: 'lanterns-anh-sang-le-loi' },
  { kind: 'giải trí', link: 'top-5-anime' },
  { kind: 'giải trí', link: 'son-tung-m-tp-nhan-nut-play-vang' },
  { kind: 'giải trí', link: 'son-tung-m-tp-khoe-ve-lich-lam' },
  { kind: 'giải trí', link: 'nguoi-dep-indonesia-dang-quang' },
  { kind: 'giải trí', link: 'huong-lan-chong-con-la-diem-tua' },
  { kind: 'giải trí', link: 'duong-hoang-yen-va-ha-anh-hat' },
  { kind: 'giải trí', link: 'lan-phuong-cung-nung-tre-em' },
  { kind: 'giải trí', link: 'nhan-phuc-vinh-phoi-vest' },
  { kind: 'giải trí', link: 'ngoc-trinh-luot-van-tren-song-sai-gon' },
  { kind: 'giải trí', link: 'ngoc-trinh-thue-du-thuyen-luot-van' },
  { kind: 'thể thao', link: 'man-utd-thua-soc' },
  { kind: 'thể thao', link: 'andre-agassi' },
  { kind: 'thể thao', link: 'italy-khong-du-world-cup' },
  { kind: 'thể thao', link: 'nhung-bong-hong-tren-san-dau-giai-pickleball' },
  { kind: 'quảng cáo', link: 'saigon-mystery-villas' },
  { kind: 'quảng cáo', link: 'riovista' },
  { kind: 'quảng cáo', link: 'hoc-thiet-ke-kien-truc-va-nghe-thuat-tai-university-of-arts' },
  { kind: 'thử nghiệm', link: 'con-hem-tram-tuoi-o-sai-gon-nhieu-lan-len-phim-tvb-4' },
  { kind: 'thử nghiệm', link: 'con-hem-tram-tuoi-o-sai-gon-nhieu-lan-len-phim-tvb-2' },
  { kind: 'tiếng nước ngoài', link: 'a-closer-look-reveals-pollution' },
  { kind: 'tiếng nước ngoài', link: 'hanoi-after-the-war-began' },
];

/** Real news that a relevance rule must keep (a rule that rejects these is too broad). */
export const EXPECTED_RELEVANT: string[] = [
  'giang-kim-dat-bi-de-nghi-tu-hinh',
  'de-xuat-luat-hoa-cam-quang-cao-sai-su-that',
  'dan-keu-cham-lam-thu-tuc-dat-dai',
  'pho-tu-lenh-quan-khu-1-nhan-ky-luat',
  'bi-thu-chu-tich-vinh-phuc-bi-yeu-cau-kiem-diem',
  'con-hon-4-600-du-an-ton-dong',
  'chu-tich-da-nang-tri-an-nguoi-dan',
  'cu-hich-lich-su-tu-vaccine-mrna',
  'xang-tang-gia-tu-15h',
  '20-trung-tam-y-te-o-can-tho',
];
