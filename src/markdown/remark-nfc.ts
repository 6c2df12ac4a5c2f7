/**
 * Normalizes all prose to Unicode NFC.
 *
 * Vietnamese typed on some systems (macOS, old Windows IMEs) arrives decomposed (NFD):
 * "ệ" as e + two combining marks. It renders the same but breaks search, sorting and
 * citation matching, so every text node is composed before anything else reads it.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export default function remarkNfc() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if ('value' in node && typeof node.value === 'string') {
        node.value = node.value.normalize('NFC');
      }
    });
  };
}
