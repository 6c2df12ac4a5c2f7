/**
 * HUONG-DAN.txt of the portable copy, in Vietnamese: how to open it with no server (unpack,
 * double-click index.html), which browsers, that it needs no network, how to search, how to
 * print a handout, how to check the copy.
 */
import { MANIFEST_FILE } from '../manifest.ts';

export interface PortableGuideInput {
  version: string;
  folder: string;
  fileCount: number;
}

export function portableGuide({ version, folder, fileCount }: PortableGuideInput): string {
  return [
    `SỔ TAY ${version} — BẢN MANG THEO (mở thẳng từ USB, không cần máy chủ)`,
    '',
    `Thư mục ${folder}/ là toàn bộ sổ tay (${fileCount} tệp, kể cả tệp này và ${MANIFEST_FILE}):`,
    'mọi trang, kiểu chữ, hình và bộ tìm kiếm. Không cần mạng, không cần internet, không cần',
    'cài gì: trang không gọi tới bất kỳ địa chỉ nào ngoài thư mục này.',
    '',
    '1. MỞ',
    '',
    `   - Giải nén tệp .zip trước (Windows: chuột phải → "Extract All…" / "Giải nén tất cả"),`,
    '     rồi chép CẢ THƯ MỤC sang USB hoặc máy khác. Mở index.html ngay trong tệp .zip,',
    '     hoặc chỉ chép riêng index.html, thì trang không có kiểu chữ, liên kết và tìm kiếm.',
    `   - Mở thư mục ${folder}, bấm đúp vào index.html.`,
    '   - Trình duyệt: Chrome, Edge hoặc Firefox bản mới. Nếu index.html mở bằng chương trình',
    '     khác, chuột phải → "Open with" / "Mở bằng" → chọn trình duyệt.',
    '',
    '2. TÌM KIẾM',
    '',
    '   Gõ vào ô "Tìm trong sổ tay" ở đầu mỗi trang (hoặc trang Tìm kiếm). Gõ không dấu cũng',
    '   được: "chi thi 05" tìm ra Chỉ thị 05-CT/TW; viết tắt (TW, T.Ư, BCSĐ) cũng hiểu.',
    '   Kết quả giống hệt bản trên máy chủ.',
    '',
    '3. IN TÀI LIỆU PHÁT TAY',
    '',
    '   Mở Chủ đề → chọn một chủ đề → "Bản in", rồi bấm "In bản này (A4)" (hoặc Ctrl+P).',
    '   Muốn có tệp PDF: trong hộp thoại in chọn "Lưu dưới dạng PDF" / "Save as PDF".',
    '   Mã QR trên bản in (nếu có) trỏ tới địa chỉ trang trên mạng nội bộ, không tới bản này.',
    '',
    '4. LIÊN KẾT',
    '',
    '   Nút "Sao chép liên kết" của mỗi bài học chép địa chỉ của bài trong chính bản này',
    '   (file:///…), dùng được trên máy này. Liên kết ngắn l/<mã-bài>/index.html cũng mở đúng bài.',
    '',
    '5. KIỂM TRA BẢN SAO CÒN NGUYÊN VẸN',
    '',
    `   ${MANIFEST_FILE} ghi mã SHA-256 của mọi tệp. Linux/macOS, trong thư mục này:`,
    `       sha256sum -c --quiet ${MANIFEST_FILE} && echo "Nguyên vẹn"`,
    '   Windows (PowerShell): Get-FileHash -Algorithm SHA256 <tệp> rồi so với dòng tương ứng.',
    '',
  ].join('\n');
}
