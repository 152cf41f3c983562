/** Form 1-M reader: the public face of this folder. */
export { FORM_1M_SECTIONS, FORM_1M_SHEETS, type SectionInfo } from './layout.ts';
export { readForm1M, type FormIdentity } from './read.ts';
export { readSection, type SectionOptions } from './section.ts';
export { cleanLabel, connectorKind, parseArticle, parseChapter } from './labels.ts';
