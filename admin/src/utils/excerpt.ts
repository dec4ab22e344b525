/** The start of a comment for the queue: whitespace folded, cut at a word, at most `max` characters. */
export const excerpt = (text: string, max = 160): string => {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
};
