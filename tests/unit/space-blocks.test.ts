import { describe, expect, it } from 'vitest';
import { spaceBlocks } from '../../src/lib/space-blocks.ts';

describe('spaceBlocks', () => {
  it('puts whitespace between block, list and table elements', () => {
    expect(spaceBlocks('<dl><dt>Số hiệu</dt><dd>05-CT/TW</dd><dt>Khóa</dt><dd>XII</dd></dl>')).toBe('<dl><dt>Số hiệu</dt>\n<dd>05-CT/TW</dd>\n<dt>Khóa</dt>\n<dd>XII</dd>\n</dl>\n');
    expect(spaceBlocks('<tr><td>2015</td><td>7</td></tr>')).toBe('<tr><td>2015</td>\n<td>7</td>\n</tr>\n');
  });
  it('leaves inline elements and text after a block alone', () => {
    expect(spaceBlocks('<p>05-CT/<abbr>TW</abbr></p>')).toBe('<p>05-CT/<abbr>TW</abbr></p>\n');
    expect(spaceBlocks('<a>x</a><span>y</span>')).toBe('<a>x</a><span>y</span>');
  });
  it('leaves preformatted and script text as it is', () => {
    const pre = '<pre><code><div>a</div><div>b</div></code></pre>';
    expect(spaceBlocks(`<p>a</p><p>b</p>${pre}<script>"</p><p>"</script>`)).toBe(`<p>a</p>\n<p>b</p>\n${pre}<script>"</p><p>"</script>`);
  });
});
