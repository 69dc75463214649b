import {Text} from 'ink';
import type {ReactNode} from 'react';
import {useTheme} from './theme-context.js';

/** Props of {@link ListRow}. */
export interface ListRowProps {
  isSelected: boolean;
  children?: ReactNode;
}

/** One selectable row: a `›` marker (readable without colour) plus the selection colour. */
export function ListRow({isSelected, children}: ListRowProps) {
  const {colors} = useTheme();
  return (
    <Text wrap="truncate" color={isSelected ? colors.selection : undefined} bold={isSelected}>
      {isSelected ? '› ' : '  '}
      {children}
    </Text>
  );
}
