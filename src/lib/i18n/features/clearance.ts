/** UI words of clearance and case outcomes in ru, kk and en; merged into the dictionary by ../messages.ts. */
export const ru = {};
export const kk: Record<keyof typeof ru, string> = {};
export const en: Record<keyof typeof ru, string> = {};
