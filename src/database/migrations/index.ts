import { Users1764000000000 } from './1764000000000-users';

/** Every migration, in order. Schema changes only ever arrive through a new entry here. */
export const MIGRATIONS = [Users1764000000000];
