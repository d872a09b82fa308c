/** Text made safe for a double-quoted HTML attribute (the build writes URLs, flags and data hashes into pages). */
export const escapeAttribute = (text: string): string => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)
