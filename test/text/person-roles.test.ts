import { describe, expect, it } from 'vitest';
import { cutBeforeTitle, rolesByName, withRoles } from '../../src/text/person-roles.ts';

const ARTICLE = [
  'Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh vừa thi hành kỷ luật cách chức đối với ông Trần Văn Lực, Đảng ủy viên, Trưởng phòng Tổ chức cán bộ, Viện Kiểm sát nhân dân tỉnh Đồng Tháp, theo Quy định 102-QĐ/TW.',
  'Ông Lê Minh Khoa (Tỉnh ủy viên, Bí thư Huyện ủy Tháp Mười) nhận nhiệm vụ mới.',
  'Những vi phạm của ông Trần Văn Lực là nghiêm trọng.',
].join(' ');

describe('person roles', () => {
  it("reads each person's post from the article, after a comma or in brackets, past a bare membership", () => {
    const roles = rolesByName(ARTICLE);
    expect(roles.get('Trần Văn Lực')).toBe('Trưởng phòng Tổ chức cán bộ, Viện Kiểm sát nhân dân tỉnh Đồng Tháp');
    expect(roles.get('Lê Minh Khoa')).toBe('Bí thư Huyện ủy Tháp Mười');
  });

  it('says the post at the first mention of a full name, and only there', () => {
    const script = withRoles(['Những vi phạm của ông Trần Văn Lực là nghiêm trọng.', 'Ông Trần Văn Lực bị cách chức.'], rolesByName(ARTICLE));
    expect(script).toEqual([
      'Những vi phạm của ông Trần Văn Lực, Trưởng phòng Tổ chức cán bộ, Viện Kiểm sát nhân dân tỉnh Đồng Tháp, là nghiêm trọng.',
      'Ông Trần Văn Lực bị cách chức.',
    ]);
  });

  it('adds nothing when the script already gives the person a title', () => {
    const sentence = 'Bí thư Huyện ủy Lê Minh Khoa nhận nhiệm vụ mới.';
    expect(withRoles([sentence], rolesByName(ARTICLE))).toEqual([sentence]);
  });

  it('ends a long sentence at the name when titles follow it, but not a sentence that opens on a subordinate clause', () => {
    const long = ARTICLE.split('. ')[0]!;
    expect(cutBeforeTitle(long, 40)).toBe('Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh vừa thi hành kỷ luật cách chức đối với ông Trần Văn Lực.');
    expect(cutBeforeTitle(`Thực hiện kết luận kiểm tra đối với ông Trần Văn Lực, Trưởng phòng Tổ chức cán bộ, Ban Thường vụ nhận thấy ông vi phạm.`, 40)).toBeNull();
    // The title after the name is the next person's: the part before it is no statement.
    expect(cutBeforeTitle('Liên quan đến chuyến thăm của Tổng Bí thư Nguyễn Văn An, Phó Trưởng ban Tuyên giáo Trần Văn Bình lưu ý báo cáo viên bám sát tài liệu.', 40)).toBeNull();
  });
});
