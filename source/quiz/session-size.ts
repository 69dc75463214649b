/** Items asked when `--count` is not given (a constant of its own so `nls --help` can show it cheaply). */
export const defaultQuizCount = 10;
