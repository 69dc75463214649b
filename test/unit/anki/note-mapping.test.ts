import {describe, expect, it} from 'vitest';
import {
  changedFields,
  fieldHtmlToText,
  newNoteFor,
  noteFieldsFor,
  noteFingerprint,
  textToFieldHtml,
} from '../../../source/anki/note-fields.js';
import {NLS_BASIC, NLS_CLOZE} from '../../../source/anki/note-types.js';
import {fieldSearch} from '../../../source/anki/search-query.js';
import {isNlsTag, tagSlug, tagsFor} from '../../../source/anki/tags.js';

describe('note types', () => {
  it('put CardID first so the duplicate check and CardID searches work', () => {
    expect(NLS_BASIC.inOrderFields).toEqual([
      'CardID',
      'Front',
      'Back',
      'Concept',
      'Module',
      'Source',
    ]);
    expect(NLS_CLOZE.inOrderFields).toEqual([
      'CardID',
      'Text',
      'Extra',
      'Concept',
      'Module',
      'Source',
    ]);
    expect(NLS_CLOZE.isCloze).toBe(true);
    expect(NLS_CLOZE.cardTemplates[0]?.Front).toContain('{{cloze:Text}}');
    expect(NLS_BASIC.cardTemplates[0]?.Back).toContain('{{Back}}');
  });
});

describe('tags', () => {
  it('builds slugged nls tags without spaces', () => {
    expect(
      tagsFor({
        atomType: 'flashcard',
        concept: 'TCP Handshake (3-way)',
        module: 'Módulo 4: Transport',
      }),
    ).toEqual([
      'nls',
      'nls::type::flashcard',
      'nls::concept::tcp-handshake-3-way',
      'nls::module::modulo-4-transport',
    ]);
    expect(tagsFor({atomType: 'cloze', concept: null, module: '***'})).toEqual([
      'nls',
      'nls::type::cloze',
    ]);
    expect(tagSlug('a'.repeat(80))).toHaveLength(60);
    expect(isNlsTag('nls::removed')).toBe(true);
    expect(isNlsTag('nlsx')).toBe(false);
  });
});

describe('note fields', () => {
  it('escapes HTML and turns newlines into <br>', () => {
    expect(textToFieldHtml('a < b & "c"\nnext')).toBe('a &lt; b &amp; &quot;c&quot;<br>next');
    expect(fieldHtmlToText(textToFieldHtml("x<y> & 'z'\r\nw"))).toBe("x<y> & 'z'\nw");
  });

  it('maps a flashcard to NLS Basic and a cloze to NLS Cloze', () => {
    const basic = noteFieldsFor({
      cardId: 'NET-1',
      atomType: 'flashcard',
      front: 'What is <TCP>?',
      back: 'A protocol',
      concept: 'TCP',
      module: 'M4',
      source: 'notion',
    });
    expect(basic).toEqual({
      modelName: 'NLS Basic',
      fields: {
        CardID: 'NET-1',
        Front: 'What is &lt;TCP&gt;?',
        Back: 'A protocol',
        Concept: 'TCP',
        Module: 'M4',
        Source: 'notion',
      },
    });
    const cloze = noteFieldsFor({
      cardId: 'NET-2',
      atomType: 'cloze',
      front: '{{c1::TCP}} is reliable',
    });
    expect(cloze.modelName).toBe('NLS Cloze');
    expect(Object.keys(cloze.fields)).toEqual(NLS_CLOZE.inOrderFields);
    expect(cloze.fields.Text).toBe('{{c1::TCP}} is reliable');
    expect(cloze.fields.Extra).toBe('');
  });

  it('fingerprints what a push writes', () => {
    const atom = {cardId: 'A', atomType: 'flashcard' as const, front: 'Q', back: 'A'};
    const note = newNoteFor(atom, 'NLS::X', ['nls', 'nls::type::flashcard']);
    expect(note.options).toEqual({allowDuplicate: false, duplicateScope: 'deck'});
    const same = noteFingerprint({...note, tags: ['nls::type::flashcard', 'NLS']});
    expect(noteFingerprint(note)).toBe(same);
    expect(noteFingerprint({...note, deckName: 'NLS::Y'})).not.toBe(same);
    const edited = newNoteFor({...atom, back: 'B'}, 'NLS::X', note.tags);
    expect(noteFingerprint(edited)).not.toBe(same);
    expect(changedFields(edited.fields, note.fields)).toEqual(['Back']);
  });
});

describe('search queries', () => {
  it('quotes and escapes field searches', () => {
    expect(fieldSearch('CardID', 'NET_M1 "x"*')).toBe('"CardID:NET\\_M1 \\"x\\"\\*"');
  });
});
