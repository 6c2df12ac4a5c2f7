/**
 * HUONG-DAN.txt, the short Vietnamese install guide shipped at the root of every package:
 * what the copy is, where it must be served, how to install it on nginx and how to check it.
 * It carries the nginx configuration verbatim (deploy/nginx/so-tay.conf, the one the tests
 * run), so an IT person with only the archive has everything they need.
 */
import { MANIFEST_FILE } from './manifest.ts';

export interface GuideInput {
  name: string;
  version: string;
  base: string;
  fileCount: number;
  nginxConf: string;
}

export function installGuide({ name, version, base, fileCount, nginxConf }: GuideInput): string {
  const folder = `${name}-${version}`;
  const sub = base.replace(/\/$/, ''); // "/kb"
  const underKb = base === '/kb/';
  const lines: string[] = [
    `SỔ TAY ${version} — HƯỚNG DẪN CÀI ĐẶT VÀ KIỂM TRA`,
    '',
    `Thư mục ${folder}/ là toàn bộ trang web tĩnh (${fileCount} tệp, kể cả tệp này và ${MANIFEST_FILE}).`,
    `Bản này được dựng cho đường dẫn gốc ${base}: phải phục vụ đúng tại http://<máy-chủ>${base}`,
    base === '/'
      ? '(gốc của máy chủ). Muốn đặt dưới /kb/, hãy dựng lại: SITE_BASE=/kb/ npm run build && npm run package.'
      : `Đặt ở đường dẫn khác sẽ hỏng liên kết: muốn đổi, dựng lại với SITE_BASE=<đường-dẫn> npm run build.`,
    'Trang không gọi tới bất kỳ địa chỉ nào bên ngoài: chạy được trong mạng nội bộ không có internet.',
    '',
    '1. CÀI ĐẶT (nginx trên Debian/Ubuntu)',
    '',
    `   sudo mkdir -p /var/www${sub}`,
    `   sudo tar -xzf ${folder}.tar.gz -C /var/www${sub} --strip-components=1`,
    '',
    '   Chép cấu hình dưới đây vào /etc/nginx/snippets/so-tay.conf, thêm dòng',
    '       include snippets/so-tay.conf;',
    '   vào trong khối server { } của trang nội bộ, rồi:',
    '       sudo nginx -t && sudo systemctl reload nginx',
    ...(underKb ? [] : [`   (Cấu hình viết cho /kb/ và /var/www/kb: thay bằng ${base} và /var/www${sub}.)`]),
    '   Apache và IIS: xem docs/deploy.md của dự án; với IIS, tệp web.config trong thư mục',
    '   này đã sẵn sàng khi thư mục là thư mục ảo tên kb.',
    '',
    '   --- /etc/nginx/snippets/so-tay.conf ---',
    ...nginxConf.trimEnd().split('\n').map((l) => (l ? `   ${l}` : '')),
    '   --- hết ---',
    '',
    `   Mở http://<máy-chủ>${base}, gõ một từ vào ô "Tìm trong sổ tay": có kết quả là xong.`,
    '',
    '2. KIỂM TRA BẢN SAO CÒN NGUYÊN VẸN',
    '',
    `   ${MANIFEST_FILE} ghi mã SHA-256 của mọi tệp. Trên máy chủ:`,
    `       cd /var/www${sub} && sha256sum -c --quiet ${MANIFEST_FILE} && echo "Nguyên vẹn"`,
    '   Không in gì ngoài "Nguyên vẹn" là đúng; dòng nào báo FAILED là tệp bị sửa hoặc thiếu.',
    '   Tìm tệp thừa (không có trong danh sách):',
    `       find . -type f ! -name ${MANIFEST_FILE} | sed 's|^\\./||' | sort > /tmp/co.txt`,
    `       cut -c67- ${MANIFEST_FILE} | sort | comm -23 /tmp/co.txt -`,
    '   Có mã nguồn dự án thì một lệnh làm cả hai việc, báo tệp thiếu, đổi, thừa:',
    `       npm run verify -- /var/www${sub}`,
    '   Windows (PowerShell): Get-FileHash -Algorithm SHA256 <tệp> rồi so với dòng tương ứng.',
    '',
    `3. CẬP NHẬT: giải nén bản mới vào thư mục bên cạnh, kiểm tra như mục 2, rồi đổi tên thư mục`,
    '   (mv) để thay bản cũ trong một bước; không chép đè lên bản đang chạy.',
    '',
  ];
  return lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n');
}
