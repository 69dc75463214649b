/**
 * Why a property could not be read: absent, of a type that cannot give the wanted value, of the
 * right type but with an unexpected payload, or present and empty (null select, null number).
 */
export type ReadIssue = 'missing' | 'wrong_type' | 'malformed' | 'empty';

/** A reader's answer: a value, or null with the reason so the transform can count bad input. */
export type ReadResult<T> = {value: T; issue: null} | {value: null; issue: ReadIssue};

/** A successful read. */
export function found<T>(value: T): ReadResult<T> {
  return {value, issue: null};
}

/** A failed read with its reason. */
export function failed<T>(issue: ReadIssue): ReadResult<T> {
  return {value: null, issue};
}
