// People paste whatever they have: a bare 32-hex id, a dashed UUID, or a notion.so URL whose
// last path segment ends in the id (query strings such as ?v= name a view, not the database).

const dashed = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const compact = /^[0-9a-f]{32}$/i;

function format(hex: string): string {
  const h = hex.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function fromUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  for (const segment of segments.reverse()) {
    const hex = segment.replace(/-/g, '').match(/[0-9a-f]{32}$/i)?.[0];
    if (hex) return format(hex);
  }
  return null;
}

/** The dashed lower-case id in a raw id, a dashed id or a Notion URL; null if there is none. */
export function parseNotionId(input: string): string | null {
  const text = input.trim();
  if (dashed.test(text)) return text.toLowerCase();
  if (compact.test(text)) return format(text);
  return fromUrl(text);
}
