import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {type ReactNode, useContext} from 'react';
import {useTheme} from './theme-context.js';
import {InListRowContext} from './virtual-list.js';

/** Props of {@link ListRow}. */
export interface ListRowProps {
  isSelected: boolean;
  /** What a screen reader calls the row (default `listitem`); quiz options are radios or checkboxes. */
  role?: 'listitem' | 'radio' | 'checkbox';
  /** A chosen option: screen readers hear "checked" instead of the `(•)`/`[x]` mark. */
  isChecked?: boolean;
  children?: ReactNode;
}

/** One selectable row: a `›` marker (readable without colour) plus the selection colour. */
export function ListRow({isSelected, role = 'listitem', isChecked, children}: ListRowProps) {
  const {colors} = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const inListRow = useContext(InListRowContext);
  if (screenReader) {
    // The marker is drawn selection; the spoken form is the role and state instead.
    const text = <Text>{children}</Text>;
    if (inListRow) return text;
    return (
      <Box aria-role={role} aria-state={{selected: isSelected, checked: isChecked === true}}>
        {text}
      </Box>
    );
  }
  return (
    <Text wrap="truncate" color={isSelected ? colors.selection : undefined} bold={isSelected}>
      {isSelected ? '› ' : '  '}
      {children}
    </Text>
  );
}
