export {
  createRewriter,
  DEFAULT_GEMINI_MODEL,
  isFatalRewriteError,
  type RewriteError,
  type RewriteErrorKind,
  type RewriteResult,
  type Rewriter,
  type RewriterOptions,
  type RewriteUsage,
} from './gemini-rewriter.js';
export {buildRewritePrompt, type RewriteCard, type RewritePrompt} from './rewrite-prompt.js';
export {type ProposedCard, parseProposal, type RewriteProposal} from './rewrite-schema.js';
