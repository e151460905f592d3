/**
 * What an assessment or environment is called on screen, in the report and in files: its own name, trimmed, or
 * the "unnamed" text of the current language when the user left it empty.
 */
export function displayName(named: { name: string }, unnamed: string): string {
  return named.name.trim() || unnamed;
}
