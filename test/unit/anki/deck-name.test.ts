import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  deckName,
  sanitizeDeckPart,
  unknownDeckPlaceholders,
} from '../../../source/anki/deck-name.js';
import {UserError} from '../../../source/errors.js';

describe('deckName', () => {
  it('fills the default template', () => {
    expect(
      deckName('{base}::{track}::{module}', {track: 'CCNA', module: 'M01 Networking'}, 'NLS'),
    ).toBe('NLS::CCNA::M01 Networking');
  });

  it('supports every placeholder', () => {
    const values = {
      program: 'P',
      track: 'T',
      module: 'M',
      week: 3,
      area: 'A',
      cluster: 'C',
      concept: 'K',
    };
    expect(
      deckName(
        '{base}::{program}::{track}::{module}::W{week}::{area}::{cluster}::{concept}',
        values,
        'B',
      ),
    ).toBe('B::P::T::M::W3::A::C::K');
  });

  it('sends an atom with a missing value to {base}::Unsorted', () => {
    expect(deckName('{base}::{track}::{module}', {track: 'CCNA'}, 'NLS')).toBe('NLS::Unsorted');
    expect(deckName('{base}::{track}::{module}', {track: 'CCNA', module: '  '}, 'NLS')).toBe(
      'NLS::Unsorted',
    );
    expect(deckName('{base}::{module}', {module: null}, 'Study::Net')).toBe('Study::Net::Unsorted');
  });

  it('keeps :: and quotes in values from creating sub-decks or breaking searches', () => {
    expect(deckName('{base}::{module}', {module: 'Intro::Basics "v2"'}, 'NLS')).toBe(
      'NLS::Intro - Basics v2',
    );
    expect(sanitizeDeckPart(':::x:::')).toBe('- x -');
  });

  it('rejects unknown placeholders, naming the setting', () => {
    expect(unknownDeckPlaceholders('{base}::{topic}')).toEqual(['topic']);
    expect(() => deckName('{base}::{topic}', {}, 'NLS')).toThrow(UserError);
    expect(() => deckName('{base}::{topic}', {}, 'NLS')).toThrow(/ANKI_DECK_TEMPLATE/);
  });

  it('never lets a value add a deck level (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (track, module) => {
        const deck = deckName('{base}::{track}::{module}', {track, module}, 'NLS');
        const levels = deck.split('::');
        expect(deck.includes('"')).toBe(false);
        expect(levels.length === 3 || deck === 'NLS::Unsorted').toBe(true);
        expect(levels.every((level) => level.trim() === level && level !== '')).toBe(true);
      }),
    );
  });
});
