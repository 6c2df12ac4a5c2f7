/** Vietnamese names of the site's sections, used in navigation, breadcrumbs and search. */
export const SECTION = {
  'van-ban': 'Văn bản',
  'bai-hoc': 'Bài học kinh nghiệm',
  'dai-hoi': 'Đại hội',
  'chu-de-nam': 'Chủ đề năm',
  'to-chuc': 'Tổ chức',
  nguon: 'Nguồn',
  'chu-de': 'Chủ đề',
  'thuat-ngu': 'Thuật ngữ',
  'tim-kiem': 'Tìm kiếm',
} as const;

export const NAV: { path: string; label: string }[] = [
  { path: 'van-ban/', label: SECTION['van-ban'] },
  { path: 'bai-hoc/', label: 'Bài học' },
  { path: 'dai-hoi/', label: 'Đại hội' },
  { path: 'dong-thoi-gian/', label: 'Dòng thời gian' },
  { path: 'chu-de/', label: SECTION['chu-de'] },
  { path: 'to-chuc/', label: SECTION['to-chuc'] },
  { path: 'nguon/', label: SECTION.nguon },
  { path: 'thuat-ngu/', label: SECTION['thuat-ngu'] },
];
