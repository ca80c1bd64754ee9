import { BantinError } from '../domain/errors.ts';

/**
 * The entry of a provider table named by the config. An unknown name (a typo in the config file,
 * a provider this runtime lacks) fails in Vietnamese with the names there are to choose from.
 */
export function chooseProvider<Table extends Record<string, unknown>>(table: Table, name: string, setting: string): Table[keyof Table] {
  if (Object.hasOwn(table, name)) return table[name as keyof Table];
  const choices = Object.keys(table).map((key) => `"${key}"`).join(', ');
  throw new BantinError('config', `${setting} "${name}" không có. Chọn một trong: ${choices}.`);
}
