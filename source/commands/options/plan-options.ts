import * as z from 'zod/mini';
import type {PlanScope} from '../../db/plan-rows.js';
import {decimalNumber, flag} from './option-fields.js';

const scopeKinds = ['track', 'module', 'concept'] as const;

/** `--scope module Week 3` → {kind: 'module', name: 'Week 3'}. */
const scope = z.pipe(
  z.array(z.string()),
  z.transform((words: string[], context): PlanScope => {
    const [kind, ...name] = words;
    const known = scopeKinds.find((k) => k === kind);
    if (known && name.length > 0) return {kind: known, name: name.join(' ')};
    context.issues.push({
      code: 'custom',
      input: words,
      message: `takes track, module or concept and a name, not "${words.join(' ')}".`,
      params: {hint: (flag: string) => `For example: ${flag} module "Week 3".`},
    });
    return z.NEVER;
  }),
);

/** Options of `nls plan`. */
export const planOptions = z.object({
  exam: z.string().check(z.describe('the exam date, YYYY-MM-DD'), z.meta({placeholder: 'date'})),
  scope: z
    .optional(scope)
    .check(
      z.describe('track, module or concept and its name'),
      z.meta({placeholder: 'kind-and-name'}),
    ),
  minutes: z
    .optional(decimalNumber({above: 0, atMost: 1440, example: 30}))
    .check(z.describe('minutes a day you have for reviews'), z.meta({placeholder: 'n'})),
  target: z
    ._default(decimalNumber({above: 0, below: 1, example: 0.9}), 0.9)
    .check(z.describe('wanted recall on the exam, between 0 and 1'), z.meta({placeholder: 'r'})),
  apply: flag('move the planned cards (Anki setDueDate, quiz items), after confirmation'),
  yes: flag('confirm --apply without asking'),
  json: flag('machine-readable output'),
});

/** What `nls plan` receives. */
export type PlanOptions = z.output<typeof planOptions>;
