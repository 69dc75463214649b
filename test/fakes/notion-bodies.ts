import {type FakeBlock, fakeBlock, textBlock} from './notion-blocks.js';

/**
 * A body with the awkward parts of real pages: more than 100 top-level blocks (two requests),
 * a toggle whose 120 children need two requests of their own, a list nested two deep, code,
 * an equation, an image and a file with captions, a sub-page (not walked), and a block type
 * the API does not support.
 */
export function awkwardBody(): FakeBlock[] {
  const caption = (text: string) => textBlock('paragraph', text).payload.rich_text;
  const filler = Array.from({length: 100}, (_, i) => textBlock('paragraph', `Line ${i + 1}.`));
  const toggled = Array.from({length: 120}, (_, i) => textBlock('bulleted_list_item', `Item ${i}`));
  return [
    textBlock('heading_2', 'Why TCP needs a handshake'),
    textBlock('paragraph', 'Both sides pick an initial sequence number.'),
    textBlock('numbered_list_item', 'SYN', [
      textBlock('bulleted_list_item', 'client → server', [textBlock('paragraph', 'ISN x')]),
    ]),
    textBlock('numbered_list_item', 'SYN-ACK'),
    fakeBlock('code', {
      ...textBlock('paragraph', 'ss -tan state syn-sent').payload,
      language: 'shell',
      caption: [],
    }),
    fakeBlock('equation', {expression: 'RTT = 2 \\cdot d_{prop}'}),
    fakeBlock('image', {
      type: 'file',
      file: {url: 'https://files.example/s3/handshake.png', expiry_time: '2025-06-01T13:00:00Z'},
      caption: caption('The three-way handshake'),
    }),
    fakeBlock('file', {
      type: 'external',
      external: {url: 'https://example.org/rfc9293.pdf'},
      caption: [],
      name: 'rfc9293.pdf',
    }),
    fakeBlock('child_page', {title: 'Lab notes'}, [textBlock('paragraph', 'not part of the body')]),
    fakeBlock('unsupported', {}, [textBlock('paragraph', 'hidden by the API')]),
    textBlock('toggle', 'All the states', toggled),
    ...filler,
  ];
}

/** Requests a client needs at least for {@link awkwardBody}: 2 for the page, 2 for the toggle,
 * 1 for the first list item and 1 for its child. */
export const awkwardBodyRequests = 6;
