/** Values typed into one box: split on new lines and on ASCII or Chinese commas (，、), trimmed, unique. */
export function splitList(text: string): string[] {
  const values = text
    .split(/[\n,，、;；]+/)
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return [...new Set(values)];
}
