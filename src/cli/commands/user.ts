import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../command.ts';
import { BantinError } from '../../domain/errors.ts';
import { createSqliteStorage } from '../../providers/storage/sqlite.ts';
import { dataDirFrom } from '../../runtime/node.ts';
import { listAccounts, MIN_PASSWORD_LENGTH, NewPasswordSchema, setPassword } from '../../server/auth/accounts.ts';
import { createPbkdf2Hasher, randomToken } from '../../server/auth/password.ts';
import { endSessionsOf } from '../../server/auth/sessions.ts';

const USAGE = `Cách dùng: bantin user reset-password TÊN [--stdin]

Đặt lại mật khẩu một tài khoản của ứng dụng web, khi quên mật khẩu (kể cả tài khoản "admin").
Chạy trên máy chủ, trong cùng thư mục (hoặc cùng BANTIN_DATA_DIR) với "bantin serve"; ứng dụng
web có thể vẫn đang chạy. Mọi trình duyệt đang đăng nhập bằng tài khoản đó bị đăng xuất.

Mật khẩu mới lấy theo thứ tự:
  1. biến môi trường BANTIN_NEW_PASSWORD, nếu có;
  2. dòng đầu của đầu vào chuẩn, khi có --stdin (ví dụ: echo "mat-khau-moi" | bantin user reset-password admin --stdin);
  3. nếu không, một mật khẩu ngẫu nhiên được in ra MỘT LẦN: hãy ghi lại ngay.
Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự; sau khi đăng nhập, nên đổi ở trang Đổi mật khẩu.

Tùy chọn:
  --stdin        đọc mật khẩu mới từ đầu vào chuẩn

Biến môi trường:
  BANTIN_DATA_DIR        thư mục dữ liệu (mặc định .bantin trong thư mục hiện tại)
  BANTIN_NEW_PASSWORD    mật khẩu mới
`;

export const userCommand: Command = {
  name: 'user',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { stdin: { type: 'boolean', default: false } } });
    const [action, username, ...extra] = positionals;
    if (action !== 'reset-password' || !username || extra.length > 0) {
      io.stderr(`Lỗi: ${action && action !== 'reset-password' ? `không có lệnh "user ${action}".` : 'thiếu tên tài khoản.'} Dùng: bantin user reset-password TÊN (xem bantin user --help)\n`);
      return 2;
    }
    const dataDir = dataDirFrom(process.env);
    const dbPath = join(dataDir, 'state.db');
    if (!existsSync(dbPath)) throw new BantinError('config', `không thấy dữ liệu ứng dụng web tại ${dataDir}. Chạy lệnh trong thư mục đã chạy "bantin serve", hoặc đặt BANTIN_DATA_DIR đúng thư mục dữ liệu.`);
    const fromEnv = process.env.BANTIN_NEW_PASSWORD;
    const given = fromEnv !== undefined && fromEnv !== '' ? fromEnv : values.stdin ? ((await io.stdin()).split(/\r?\n/)[0] ?? '') : null;
    const password = given ?? randomToken(12);
    const checked = NewPasswordSchema.safeParse(password);
    if (!checked.success) {
      io.stderr(`Lỗi: mật khẩu mới${fromEnv ? ' trong BANTIN_NEW_PASSWORD' : ' đọc từ đầu vào chuẩn'} chưa dùng được: ${checked.error.issues[0]?.message ?? 'không hợp lệ.'}\n`);
      return 2;
    }
    const store = createSqliteStorage(dbPath);
    try {
      const account = await setPassword(store, createPbkdf2Hasher(), username, password);
      if (!account) {
        const names = (await listAccounts(store)).map((item) => item.username).sort();
        throw new BantinError('config', `không có tài khoản "${username}". Các tài khoản hiện có: ${names.length > 0 ? names.join(', ') : '(chưa có; chạy "bantin serve" để tạo tài khoản admin)'}.`);
      }
      await endSessionsOf(store, account.username);
      if (given === null) {
        io.stdout(`${password}\n`);
        io.stderr(`Đã đặt lại mật khẩu tài khoản "${account.username}". Mật khẩu mới ở dòng trên, chỉ hiện một lần: hãy ghi lại, rồi đổi ở trang Đổi mật khẩu sau khi đăng nhập.\n`);
      } else {
        io.stderr(`Đã đặt lại mật khẩu tài khoản "${account.username}"${fromEnv ? ' theo BANTIN_NEW_PASSWORD' : ''}.\n`);
      }
      return 0;
    } finally {
      store.close();
    }
  },
};
