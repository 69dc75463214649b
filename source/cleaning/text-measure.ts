// Word counts ignore code (a ten-line snippet is not a "verbose" answer in words), while code
// gets its own line-count rule. An unterminated fence counts as code to the end of the text.
const fencedCode = /```[^\n]*\n?([\s\S]*?)(?:```|$)/g;
const codeTag = /<code>([\s\S]*?)<\/code>/gi;
const inlineCode = /`[^`\n]+`/g;
// {{c1::answer}} or {{c1::answer::hint}}: only the answer is part of the sentence.
const clozeDeletion = /\{\{c\d+::([\s\S]*?)(?:::[^{}]*?)?\}\}/g;

/** Prose and code separated, for one side of a card. */
export interface SplitText {
  /** The text without code, whitespace-trimmed. */
  readonly prose: string;
  /** Non-empty lines inside fenced blocks or <code> tags. */
  readonly codeLines: number;
}

/** Separates code (fenced, <code>, inline) from prose. */
export function splitCode(text: string): SplitText {
  let codeLines = 0;
  const countLines = (_match: string, body: string | undefined): string => {
    codeLines += (body ?? '').split('\n').filter((line) => line.trim() !== '').length;
    return ' ';
  };
  const prose = text
    .replace(fencedCode, countLines)
    .replace(codeTag, countLines)
    .replace(inlineCode, ' ')
    .trim();
  return {prose, codeLines};
}

/** Cloze text as a reader sees it once answered: `{{c1::Paris::city}}` → `Paris`. */
export function stripClozeMarkup(text: string): string {
  return text.replace(clozeDeletion, (_m, answer: string) => answer);
}

/** True when the text holds at least one `{{cN::…}}` deletion. */
export function hasClozeDeletion(text: string): boolean {
  return /\{\{c\d+::[\s\S]+?\}\}/.test(text);
}

/** Whitespace-separated word count. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** Length in Unicode code points (an emoji counts once). */
export function countChars(text: string): number {
  return [...text.trim()].length;
}
