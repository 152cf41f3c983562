import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({ lang: locals.lang })) satisfies LayoutServerLoad;
