/**
 * POST /data/import/upload?name=FILE&period=P[&form=F&region=R]: one file's bytes as the body
 * (application/octet-stream), imported by `etl import` (lib/server/import-runner.ts). Or, for a
 * file kept after a refusal that needs --replace: `?upload=ID&replace=1[&dry=1]`, no body — the
 * dry run says how many cells change, the confirmation replaces. Only a signed-in analyst or
 * admin, from this site's own page (Origin), with the session's CSRF token (X-CSRF-Token).
 * Always JSON.
 */
import { json } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { accountsConfigured, IMPORT_ROLES } from '$lib/private/accounts';
import { fromThisSite, sameToken, signedIn } from '$lib/server/auth';
import {
	auditRefusedUpload,
	discardUpload,
	keepUpload,
	keptUpload,
	MAX_UPLOAD_BYTES,
	runImport,
	saveUpload,
	tooLargeRefusal,
	UploadTooLarge,
	type Upload
} from '$lib/server/import-runner';
import { singleValuedParams } from '$lib/server/params';
import { refusalBody, refuse } from '$lib/server/upload-refusals';

/** The query's first bad parameter, as a refusal of its own (the page says it in its language). */
function badQuery(issues: z.ZodIssue[]): Response {
	const first = issues[0];
	const field = String(first?.path[0] ?? '');
	if (field === 'name') return refuse(400, 'uploadBadName', {});
	if (field === 'period') return refuse(400, 'uploadBadPeriod', {});
	if (field === 'region') return refuse(400, 'uploadBadRegion', {});
	return refuse(400, 'uploadBadQuery', { detail: issues.map((i) => i.message).join('; ') });
}

const Params = z.object({
	/** The original file name: no directory, no control characters. */
	name: z
		.string()
		.min(1)
		.max(200)
		.refine((n) => !/[/\\\u0000-\u001f]/.test(n) && n !== '.' && n !== '..', {
			message: 'name must be a plain file name'
		})
		.optional(),
	period: z
		.string()
		.regex(
			/^\d{4}(-\d{2})?$/,
			'period must be YYYY (whole year) or YYYY-MM (January to that month)'
		)
		.optional(),
	form: z.string().max(20).optional(),
	region: z
		.string()
		.regex(/^KZ(-\d{2})?$/i, 'region must be an ISO code such as KZ-11')
		.optional(),
	replace: z.literal('1').optional(),
	dry: z.literal('1').optional(),
	upload: z
		.string()
		.regex(/^[0-9a-f]{32}$/)
		.optional()
});

export const POST: RequestHandler = async (event) => {
	const { request, cookies, url } = event;
	if (!accountsConfigured()) return refuse(404, 'notFound', {});
	const me = signedIn(cookies);
	if (!me) return refuse(401, 'signIn', {});
	if (!fromThisSite(event)) return refuse(403, 'otherSite', {});
	if (!sameToken(request.headers.get('x-csrf-token'), me.csrf))
		return refuse(403, 'staleToken', {});
	if (!IMPORT_ROLES.includes(me.role)) return refuse(403, 'role', { role: me.role });
	let p: z.infer<typeof Params>;
	try {
		const r = Params.safeParse(singleValuedParams(url.searchParams));
		if (!r.success) return badQuery(r.error.issues);
		p = r.data;
	} catch (e) {
		return refuse(400, 'uploadBadQuery', { detail: (e as Error).message });
	}
	let upload: Upload;
	if (p.upload) {
		const u = keptUpload(p.upload, me.account);
		if (!u) return refuse(410, 'uploadGone', {});
		upload = u;
	} else {
		if (!p.name) return refuse(400, 'uploadNoName', {});
		const type = request.headers.get('content-type')?.split(';', 1)[0].trim();
		if (type !== 'application/octet-stream' || !request.body) return refuse(415, 'notBody', {});
		const declared = Number(request.headers.get('content-length') ?? NaN);
		if (declared > MAX_UPLOAD_BYTES) {
			const tooLarge = tooLargeRefusal(p.name, declared);
			auditRefusedUpload(p.name, declared, me.account, tooLarge);
			return refuse(413, tooLarge.code, tooLarge.params);
		}
		try {
			upload = await saveUpload(request.body, p.name, me.account);
		} catch (e) {
			if (!(e instanceof UploadTooLarge)) throw e;
			const tooLarge = tooLargeRefusal(p.name, e.bytes);
			auditRefusedUpload(p.name, MAX_UPLOAD_BYTES + 1, me.account, tooLarge);
			return refuse(413, tooLarge.code, tooLarge.params);
		}
	}
	const run = await runImport(upload, {
		period: p.period,
		form: p.form,
		region: p.region,
		replace: !!p.replace,
		dryRun: !!p.dry
	});
	const file = run.summary?.files[0] ?? null;
	// A workbook that differs from the one imported for its scope waits for a confirmation.
	const needsReplace =
		!p.replace &&
		file?.status === 'refused' &&
		(file.refusal as { code?: unknown } | undefined)?.code === 'needsReplace';
	if (needsReplace || p.dry) keepUpload(upload);
	else discardUpload(upload);
	const lastWords = run.log.trim().split('\n').pop() ?? '';
	if (run.code === 75)
		return json(
			{ error: refusalBody(503, 'importBusy', { detail: lastWords }), file: null },
			{ status: 503, headers: { 'Retry-After': '30' } }
		);
	if (!file) return refuse(500, 'importFailed', { detail: lastWords });
	return json({
		file,
		generation: run.generation,
		dryRun: !!p.dry,
		upload: needsReplace || p.dry ? upload.id : null
	});
};
