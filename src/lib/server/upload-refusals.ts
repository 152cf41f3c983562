/**
 * The upload route's own refusals (routes/data/import/upload/+server.ts), in English as the
 * JSON answer and the audit keep them; the import page says them in its language
 * (i18n/import-refusal.ts reads them back by pattern, and its test uses these very sentences).
 */
export const UPLOAD_REFUSALS = {
	signIn: 'sign in first: /login',
	otherSite: 'refused: the request does not come from this site (Origin)',
	staleToken: 'refused: the CSRF token is missing or stale; reload the import page',
	role: (role: string) => `the role ${role} may not import; an analyst or an admin may`,
	uploadGone: 'that upload is no longer kept (an hour at most): upload the file again',
	notBody: 'send the file itself as the body, Content-Type: application/octet-stream'
} as const;
