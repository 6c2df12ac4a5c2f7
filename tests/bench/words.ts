/**
 * Word pools for the synthetic benchmark corpus (tests/bench/corpus.ts).
 * Invented, generic wording in the register of Party-building reports, so pages read like
 * the real ones (diacritics, "đ", abbreviations, document symbols) without quoting any
 * source. Nothing here is a fact about a real body or document.
 */
import { KINDS as VOCABULARY, numberToRoman } from '../../src/content/vocabulary.ts';

export const PROVINCES = [
  'An Giang', 'Bắc Ninh', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp',
  'Gia Lai', 'Hà Tĩnh', 'Hưng Yên', 'Khánh Hòa', 'Lai Châu', 'Lạng Sơn', 'Lào Cai', 'Lâm Đồng',
  'Nghệ An', 'Ninh Bình', 'Phú Thọ', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sơn La', 'Tây Ninh',
  'Thái Nguyên', 'Thanh Hóa', 'Tuyên Quang', 'Vĩnh Long',
];

export const TOPICS = [
  'Xây dựng, chỉnh đốn Đảng', 'Công tác cán bộ', 'Kiểm tra, giám sát', 'Chất lượng sinh hoạt chi bộ',
  'Công tác chính trị, tư tưởng', 'Dân vận trong cơ quan', 'Nêu gương của người đứng đầu',
  'Tập trung dân chủ', 'Đổi mới phương thức lãnh đạo', 'Phát triển đảng viên', 'Bảo vệ chính trị nội bộ',
  'Cải cách hành chính', 'Phòng, chống tham nhũng, lãng phí', 'Chuyển đổi số trong công tác đảng',
  'Lãnh đạo đoàn thể', 'Học tập và làm theo tư tưởng Hồ Chí Minh', 'Thi đua, khen thưởng',
  'Đào tạo, bồi dưỡng cán bộ', 'Quy chế làm việc', 'Công tác tổ chức', 'Văn hóa công sở',
  'Đánh giá, xếp loại tổ chức đảng', 'Phối hợp cấp ủy và ban cán sự đảng', 'Tổng kết thực tiễn',
];

export const SUBJECTS = [
  'Cấp ủy các cấp', 'Ban Thường vụ Đảng ủy Khối', 'Các chi bộ trực thuộc', 'Đội ngũ cán bộ chủ chốt',
  'Người đứng đầu cơ quan', 'Ủy ban Kiểm tra Đảng ủy Khối', 'Các đảng bộ cơ sở', 'Đoàn thanh niên',
  'Công đoàn cơ quan', 'Các ban xây dựng Đảng', 'Đảng viên trẻ', 'Bí thư chi bộ',
];

export const VERBS = [
  'đã quán triệt', 'tiếp tục triển khai', 'chủ động đổi mới', 'tăng cường kiểm tra', 'cụ thể hóa',
  'tổ chức sơ kết', 'đẩy mạnh thực hiện', 'kịp thời chấn chỉnh', 'rà soát, bổ sung', 'nâng cao chất lượng',
  'gắn trách nhiệm với', 'đánh giá đúng thực chất',
];

export const OBJECTS = [
  'nội dung sinh hoạt chi bộ', 'quy chế làm việc của cấp ủy', 'công tác phát triển đảng viên',
  'việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh', 'kế hoạch kiểm tra, giám sát hằng năm',
  'công tác quy hoạch cán bộ', 'việc tự phê bình và phê bình', 'công tác dân vận chính quyền',
  'chương trình hành động của đảng bộ', 'việc đánh giá, xếp loại đảng viên', 'công tác bảo vệ chính trị nội bộ',
  'việc cải cách thủ tục hành chính', 'ứng dụng công nghệ thông tin trong công tác đảng',
  'việc giữ mối liên hệ với nơi cư trú', 'công tác thi đua, khen thưởng',
];

export const MODIFIERS = [
  'theo hướng thiết thực, hiệu quả', 'gắn với nhiệm vụ chính trị của cơ quan', 'ngay từ đầu nhiệm kỳ',
  'trong toàn Đảng bộ', 'với lộ trình và địa chỉ rõ ràng', 'bám sát đặc thù của khối cơ quan',
  'theo đúng nguyên tắc tập trung dân chủ', 'ở từng chi bộ', 'trong điều kiện còn nhiều khó khăn',
  'có trọng tâm, trọng điểm',
];

export const RESULTS = [
  'tỷ lệ chi bộ đạt chất lượng tốt tăng rõ', 'nhiều vụ việc phức tạp được giải quyết dứt điểm',
  'đội ngũ cán bộ được chuẩn hóa về trình độ', 'số đảng viên mới kết nạp vượt chỉ tiêu',
  'ý thức trách nhiệm của đảng viên được nâng lên', 'sinh hoạt chi bộ đi vào nền nếp',
  'thủ tục hành chính được rút gọn', 'các kiến nghị sau kiểm tra được khắc phục',
];

export const LESSON_TITLES = [
  'Giữ đoàn kết, thống nhất trong cấp ủy', 'Người đứng đầu phải đi trước', 'Chọn đúng khâu đột phá',
  'Bám sát cơ sở, lắng nghe đảng viên', 'Kiểm tra phải đi liền khắc phục', 'Gắn nghị quyết với nhiệm vụ chuyên môn',
  'Làm tốt công tác tư tưởng trước', 'Phân công rõ người, rõ việc', 'Sơ kết kịp thời, nhân rộng cách làm hay',
  'Phối hợp chặt chẽ giữa các tổ chức', 'Phát huy dân chủ trong sinh hoạt', 'Chăm lo bồi dưỡng cán bộ trẻ',
];

export const PUBLICATIONS = ['Báo Nhân Dân', 'Tạp chí Xây dựng Đảng', 'Báo điện tử Đảng Cộng sản Việt Nam', 'Tạp chí Cộng sản', 'Báo địa phương'];

/** The document kinds the corpus issues, with their Party symbol code from the vocabulary. */
export const KINDS = (['Nghị quyết', 'Chỉ thị', 'Kết luận', 'Quyết định', 'Quy chế', 'Hướng dẫn', 'Kế hoạch'] as const).map((kind) => ({
  kind,
  code: VOCABULARY.find((k) => k.kind === kind)!.code,
}));

/** Terms (khóa) with their years. */
export const TERMS = [
  { term: 'IX', from: 2001 },
  { term: 'X', from: 2006 },
  { term: 'XI', from: 2011 },
  { term: 'XII', from: 2016 },
  { term: 'XIII', from: 2021 },
  { term: 'XIV', from: 2026 },
] as const;

/** Roman numerals I–XIV, for congress ordinals. */
export const ROMAN = Array.from({ length: 14 }, (_, i) => numberToRoman(i + 1));
