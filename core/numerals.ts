/** Figure numbers: Chinese numerals (一…九十九) or digits to integers, and integers to Roman numerals. */

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `三十一` → 31, `十` → 10, `19` → 19; null if neither form. */
export function numeralValue(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? DIGITS[tens]! : null;
  return (tens ? DIGITS[tens]! : 1) * 10 + (units ? DIGITS[units]! : 0);
}

export const isChineseNumeral = (text: string) => /^[一二三四五六七八九十]+$/.test(text);

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** `XXXIV` → 34 (null if not a Roman numeral). */
export function romanValue(text: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  if (!/^[IVXLCDM]+$/.test(text)) return null;
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const v = values[text[i]!]!;
    sum += v < (values[text[i + 1] ?? ''] ?? 0) ? -v : v;
  }
  return toRoman(sum) === text ? sum : null;
}

/** 34 → `三十四` (1–99, the range figure numbers use). */
export function chineseNumeral(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : d[tens]}十${d[n % 10]}`;
}
