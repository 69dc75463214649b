import {type Command, Option} from 'commander';
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import type {OptionHint} from '../commands/options/option-fields.js';
import {UsageError} from '../errors.js';

/** A command's options as one zod object: a field per option, named as commander names it. */
export type OptionsSchema = core.$ZodObject;

/** One option as the command line spells it, read off its schema field. */
export interface OptionSpec {
  /** The parsed option's name, e.g. `dryRun`. */
  key: string;
  /** `--dry-run`. */
  long: string;
  /** `-y` when the option has a one-letter alias. */
  short?: string;
  description: string;
  /** The word after the flag (`n` in `--limit <n>`); absent for on/off switches. */
  placeholder?: string;
  /** Takes one or more words (`--scope <kind-and-name...>`). */
  variadic: boolean;
  /** The values an enum option accepts. */
  choices?: readonly string[];
  /** The default as it would be typed (`"50"`), shown in help. */
  fallback?: string;
  /** The command fails without it. */
  required: boolean;
  hidden: boolean;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Follows optional/default/pipe wrappers down to the type the command line writes. */
function unwrap(field: core.$ZodType) {
  let schema = field as core.$ZodTypes;
  let required = true;
  let fallback: string | undefined;
  for (;;) {
    const def = schema._zod.def;
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      fallback = String(def.defaultValue);
    } else if (def.type !== 'pipe') return {written: schema, required, fallback};
    schema = (def.type === 'pipe' ? def.in : def.innerType) as core.$ZodTypes;
  }
}

/** Reads the command-line spelling of every field of `schema`. */
export function optionSpecs(schema: OptionsSchema): OptionSpec[] {
  return Object.entries(schema._zod.def.shape).map(([key, field]) => {
    const meta = z.globalRegistry.get(field) ?? {};
    const {written, required, fallback} = unwrap(field);
    const def = written._zod.def;
    const takesValue = def.type !== 'boolean';
    return {
      key,
      long: `--${kebab(key)}`,
      ...(meta.short ? {short: `-${meta.short}`} : {}),
      description: meta.description ?? '',
      ...(takesValue ? {placeholder: meta.placeholder ?? kebab(key)} : {}),
      variadic: def.type === 'array',
      ...(def.type === 'enum' ? {choices: Object.values(def.entries).map(String)} : {}),
      ...(fallback === undefined ? {} : {fallback}),
      required,
      hidden: meta.hidden === true,
    };
  });
}

/** Adds a commander option for each field of `schema` (flags, help, choices, defaults). */
export function addSchemaOptions(command: Command, schema: OptionsSchema): Command {
  for (const spec of optionSpecs(schema)) {
    const value = spec.placeholder ? ` <${spec.placeholder}${spec.variadic ? '...' : ''}>` : '';
    const option = new Option(
      `${spec.short ? `${spec.short}, ` : ''}${spec.long}${value}`,
      spec.description,
    );
    if (option.attributeName() !== spec.key) {
      throw new Error(`Option ${spec.long} would be parsed as ${option.attributeName()}.`);
    }
    if (spec.choices) option.choices(spec.choices);
    if (spec.fallback !== undefined) option.default(spec.fallback);
    if (spec.required && value) option.makeOptionMandatory();
    if (spec.hidden) option.hideHelp();
    command.addOption(option);
  }
  return command;
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

function phrase(issue: core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'custom') return issue.message;
  if (issue.code === 'invalid_value') {
    return `must be one of ${issue.values.join(', ')}, not "${String(input)}".`;
  }
  if (input === undefined) return 'is required.';
  return `does not take "${String(input)}" (${issue.message}).`;
}

/** Parses what commander read for `command` through its schema; a bad value is a usage error. */
export function parseCommandOptions(command: Command, schema: OptionsSchema): unknown {
  const result = z.safeParse(schema, command.opts());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = String(issue.path[0] ?? '');
  const spec = optionSpecs(schema).find((s) => s.key === key);
  const flag = spec?.long ?? `--${kebab(key)}`;
  const hint = issue.code === 'custom' ? (issue.params?.hint as OptionHint | undefined) : undefined;
  throw new UsageError(`${flag} ${phrase(issue)}`, {
    hint: hint ? hint(flag, spec?.fallback) : `See ${commandPath(command)} --help.`,
  });
}
