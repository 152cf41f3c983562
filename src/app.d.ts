// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** The message is in the page's language (lib/server/page-error.ts). */
			localized?: boolean;
			/** The server's technical text (English), shown folded under a localized message. */
			detail?: string;
		}
		interface Locals {
			lang: 'ru' | 'kk' | 'en';
		}
	}
}

export {};
