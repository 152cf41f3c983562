/** Form СНГ-1 reader: the public face of this folder. */
export { FORM_SNG1_SECTIONS, FORM_SNG1_SHEETS, type SngSectionInfo } from './layout.ts';
export { readFormSng1 } from './read.ts';
