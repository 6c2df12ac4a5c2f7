/**
 * The count line of an answer: "4.990 kết quả", or, for an answer drawn from the search sample
 * (sample.ts), how many the sample alone holds, which the whole site holds at least.
 */
import { formatNumber } from '../../lib/format.ts';

export function resultCount(answer: { total: number; exact: boolean }): string {
  return answer.exact ? `${formatNumber(answer.total)} kết quả` : `Ít nhất ${formatNumber(answer.total)} kết quả`;
}
