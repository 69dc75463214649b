import {parseMarkdown} from '../text/markdown-doc.js';

// A rewrite comes back as Markdown. Two mistakes would silently change the card: a cloze
// deletion left open or closed twice (Anki then shows the braces), and a lone `$` (everything up
// to the next one turns into math). Both are counted on the text outside code, where `{{`, `}}`
// and `$` mean nothing.

function outsideCode(markdown: string): string {
  const parts: string[] = [];
  for (const block of parseMarkdown(markdown)) {
    if (block.kind === 'gap') parts.push(block.text);
    if (block.kind === 'math') parts.push(`$$${block.tex}$$`);
    if (block.kind !== 'inline') continue;
    for (const token of block.tokens) {
      if (token.type === 'text') parts.push(token.content);
      if (token.type === 'math_inline') parts.push(`$${token.content}$`);
    }
  }
  return parts.join('\n');
}

function clozeProblem(text: string): string | null {
  let depth = 0;
  for (const match of text.matchAll(/\{\{c\d+::|\}\}/g)) {
    depth += match[0] === '}}' ? -1 : 1;
    if (depth < 0) return 'a "}}" closes no cloze deletion';
  }
  return depth > 0 ? 'a cloze deletion "{{c…::" is never closed' : null;
}

// An escaped dollar (`\$`, after any number of escaped backslashes) is a literal dollar sign.
const escapedDollar = /(?<!\\)((?:\\\\)*)\\\$/g;

// Parsed math comes back as a `$…$` pair; a `$` left in the text is one that opened nothing.
function mathProblem(markdown: string): string | null {
  const text = outsideCode(markdown.replace(escapedDollar, '$1'));
  const dollars = text.match(/\$/g)?.length ?? 0;
  return dollars % 2 === 1
    ? 'a "$" opens math that never closes (write a dollar sign as \\$)'
    : null;
}

/** What is unbalanced in a card text (cloze markers, math delimiters), or null. */
export function markdownBalanceProblem(markdown: string): string | null {
  return clozeProblem(outsideCode(markdown)) ?? mathProblem(markdown);
}
