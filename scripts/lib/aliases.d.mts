export const ALIASES: Record<string, string>;
