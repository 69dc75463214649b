import {expect, it} from 'vitest';
import {propertyNamesFor} from '../../../source/notion/property-names.js';

it('reads overrides keyed by the settings-file field name or the default property name', () => {
  const cards = propertyNamesFor('flashcards', {card_id: 'Card key', Type: 'Kind'});
  expect(cards.cardId).toBe('Card key');
  expect(cards.atomType).toBe('Kind');
  expect(cards.front).toBe('Question');
  const programs = propertyNamesFor('programs', {start_date: 'Begins', 'End Date': 'Ends'});
  expect([programs.startDate, programs.endDate]).toEqual(['Begins', 'Ends']);
  // The camelCase spelling is the code's, not the settings file's: it is not an override key.
  expect(propertyNamesFor('modules', {weekOrder: 'Week'}).weekOrder).toBe('Number');
});
