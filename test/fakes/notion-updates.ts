import type {FakeSchemaProperty} from './notion-model.js';
import {FakeValidationError} from './notion-query.js';
import {equationItem, type Marks, textItem} from './notion-rich-text.js';
import {
  checkbox,
  date,
  email,
  maxSegmentLength,
  multiSelect,
  numberValue,
  phone,
  relation,
  type StoredValue,
  select,
  status,
  url,
} from './notion-values.js';

const readOnly = new Set([
  'formula',
  'rollup',
  'created_time',
  'created_by',
  'last_edited_time',
  'last_edited_by',
  'unique_id',
  'button',
  'verification',
]);

// Request items keep their annotations, links and equations, and come back in response shape
// (plain_text, href, every annotation), as Notion stores what an integration writes.
function requestItems(items: unknown, name: string): unknown[] {
  if (!Array.isArray(items))
    throw new FakeValidationError(`body.properties.${name} should be an array`);
  if (items.length > 100)
    throw new FakeValidationError(`body.properties.${name}.length should be ≤ 100`);
  return items.map((item) => {
    const expression = (item as {equation?: {expression?: unknown}})?.equation?.expression;
    const marks = (item as {annotations?: Marks}).annotations;
    if (typeof expression === 'string') return equationItem(expression, marks);
    const text = (item as {text?: {content?: unknown; link?: {url?: unknown} | null}})?.text;
    const content = text?.content;
    if (typeof content !== 'string') {
      throw new FakeValidationError(`body.properties.${name}[].text.content should be a string`);
    }
    if (content.length > maxSegmentLength) {
      throw new FakeValidationError(
        `body.properties.${name}[].text.content.length should be ≤ \`${maxSegmentLength}\`, instead was \`${content.length}\`.`,
      );
    }
    const link = typeof text?.link?.url === 'string' ? text.link.url : undefined;
    return textItem(content, marks, link);
  });
}

function optionName(value: unknown, name: string): string | null {
  if (value === null) return null;
  const optionNameValue = (value as {name?: unknown})?.name;
  if (typeof optionNameValue !== 'string') {
    throw new FakeValidationError(`body.properties.${name}.name should be a string`);
  }
  return optionNameValue;
}

function nullableString(value: unknown, name: string): string | null {
  if (value === null || typeof value === 'string') return value;
  throw new FakeValidationError(`body.properties.${name} should be a string or null`);
}

/**
 * Converts one property of a PATCH /v1/pages/:id body (request shape) to the stored response
 * shape, rejecting what Notion rejects (read-only types, over-long text, wrong shapes).
 */
export function applyUpdate(schema: FakeSchemaProperty, body: unknown, name: string): StoredValue {
  if (readOnly.has(schema.type)) {
    throw new FakeValidationError(`${name} is a ${schema.type} property and cannot be updated.`);
  }
  const value = (body as Record<string, unknown> | null)?.[schema.type];
  if (value === undefined) {
    throw new FakeValidationError(`body.properties.${name}.${schema.type} should be defined`);
  }
  switch (schema.type) {
    case 'title':
    case 'rich_text': {
      const rich = requestItems(value, name);
      return schema.type === 'title'
        ? {type: 'title', title: rich}
        : {type: 'rich_text', rich_text: rich};
    }
    case 'number':
      if (value !== null && typeof value !== 'number') {
        throw new FakeValidationError(`body.properties.${name}.number should be a number`);
      }
      return numberValue(value);
    case 'select':
      return select(optionName(value, name));
    case 'status':
      return status(optionName(value, name));
    case 'multi_select':
      if (!Array.isArray(value))
        throw new FakeValidationError(`body.properties.${name} should be an array`);
      return multiSelect(value.map((option) => optionName(option, name) ?? ''));
    case 'checkbox':
      if (typeof value !== 'boolean')
        throw new FakeValidationError(`body.properties.${name} should be a boolean`);
      return checkbox(value);
    case 'url':
      return url(nullableString(value, name));
    case 'email':
      return email(nullableString(value, name));
    case 'phone_number':
      return phone(nullableString(value, name));
    case 'date': {
      const start = (value as {start?: unknown} | null)?.start;
      if (value !== null && typeof start !== 'string') {
        throw new FakeValidationError(`body.properties.${name}.date.start should be a string`);
      }
      const end = (value as {end?: unknown} | null)?.end;
      return date(value === null ? null : (start as string), typeof end === 'string' ? end : null);
    }
    case 'relation':
      if (!Array.isArray(value) || value.length > 100) {
        throw new FakeValidationError(
          `body.properties.${name}.relation should be an array of ≤ 100`,
        );
      }
      return relation(value.map((item) => String((item as {id?: unknown})?.id)));
    default:
      return {type: schema.type, [schema.type]: value};
  }
}
